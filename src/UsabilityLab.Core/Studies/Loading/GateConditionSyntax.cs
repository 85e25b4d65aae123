using System.Globalization;
using System.Text.RegularExpressions;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Gate thresholds: <c>"&gt;= 0.8"</c>, <c>"&lt;= 30s"</c>. Rates live in [0, 1]; time metrics take seconds or a
/// duration (converted to seconds); the rest must not be negative.
/// </summary>
internal static partial class GateConditionSyntax
{
    public static readonly string[] Metrics = ["successRate", "timeMedian", "timeGeoMean", "lostnessMean", "errorRate", "technicalErrorRate", "rageClicks"];

    public static bool TryParse(string metric, string text, out GateCondition? condition, out string problem)
    {
        condition = null;
        problem = "";
        var match = Comparison().Match(text);
        var op = match.Groups["op"].Value;
        var value = match.Groups["value"].Value;
        if (op.Length == 0)
        {
            problem = $"{metric} needs a comparison and a threshold, e.g. {metric}: \"{Example(metric)}\"";
            return false;
        }

        if (op is not (">=" or "<="))
        {
            problem = $"{metric} '{text}' uses '{op}'; use >= or <=, e.g. \"{Example(metric)}\"";
            return false;
        }

        var threshold = Threshold(metric, value, out problem);
        if (threshold is null)
            return false;
        condition = new GateCondition(metric, op == ">=" ? GateComparison.AtLeast : GateComparison.AtMost, threshold.Value);
        return true;
    }

    private static double? Threshold(string metric, string value, out string problem)
    {
        problem = "";
        var isTime = metric.StartsWith("time", StringComparison.Ordinal);
        var isRate = metric.EndsWith("Rate", StringComparison.Ordinal);
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            if (isTime && DurationSyntax.TryParse(value, out var duration, out _))
                number = duration.TotalSeconds;
            else
            {
                problem = isTime
                    ? $"{metric} threshold '{value}' is not a duration or a number of seconds; write e.g. \"<= 30s\""
                    : $"{metric} threshold '{value}' is not a number; write e.g. \"{Example(metric)}\"";
                return null;
            }
        }

        if (isRate && number is < 0 or > 1)
            problem = $"{metric} is a rate between 0 and 1, got {value}; write 80% as 0.8";
        else if (!double.IsFinite(number))
            problem = $"{metric} threshold must be a finite number, got {value}";
        else if (number < 0)
            problem = $"{metric} threshold must be zero or more, got {value}";
        else if (isTime && number > TaskReader.MaxTimeLimit.TotalSeconds)
            problem = $"{metric} threshold '{value}' is more than {DurationSyntax.Format(TaskReader.MaxTimeLimit)}, the longest time limit a task can have";
        return problem.Length == 0 ? number : null;
    }

    private static string Example(string metric) => metric switch
    {
        "successRate" => ">= 0.8",
        "errorRate" => "<= 0.3",
        "technicalErrorRate" => "<= 0.05",
        "lostnessMean" => "<= 0.4",
        "rageClicks" => "<= 1",
        _ => "<= 30s",
    };

    [GeneratedRegex(@"^\s*(?<op>>=|<=|=>|=<|==|>|<|=|≥|≤)?\s*(?<value>.*?)\s*$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Comparison();
}
