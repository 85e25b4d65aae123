using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Typed reads of YAML values that report a located diagnostic and return <c>null</c> instead of throwing. A
/// <c>null</c> node means "absent or already reported", so readers can chain without re-checking.
/// </summary>
internal static class YamlValues
{
    /// <summary>True for <c>key:</c> with nothing after it, <c>~</c> or <c>null</c>.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>How a node reads in "got …": the scalar's text, or its kind.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar => $"'{scalar.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an alias",
    };

    /// <summary>A scalar with <c>${ENV}</c> expanded; empty is refused unless <paramref name="allowEmpty"/>.</summary>
    public static string? ReadText(this LoadContext context, YamlNode? node, string what, bool allowEmpty = false) =>
        context.Read(node, what, allowEmpty, runVariables: null);

    /// <summary>
    /// As <see cref="ReadText"/>, for a value that may also hold the run variables in scope
    /// (<see cref="LoadContext.RunVariablesInScope"/>), kept for the runner to expand (<see cref="RunVariables"/>).
    /// </summary>
    public static string? ReadTemplate(this LoadContext context, YamlNode? node, string what, bool allowEmpty = false) =>
        context.Read(node, what, allowEmpty, context.RunVariablesInScope);

    private static string? Read(this LoadContext context, YamlNode? node, string what, bool allowEmpty, IReadOnlyCollection<string>? runVariables)
    {
        if (node is null)
            return null;
        if (node is not YamlScalarNode scalar)
        {
            context.Report(node, $"{what} must be a single value, got {Describe(node)}");
            return null;
        }

        var expanded = EnvironmentExpansion.Expand(scalar.Value ?? "", context.Environment, out var problems, runVariables);
        foreach (var problem in problems)
            context.Report(node, problem);
        if (expanded is null)
            return null;
        if (!allowEmpty && string.IsNullOrWhiteSpace(expanded))
        {
            context.Report(node, $"{what} must not be empty");
            return null;
        }

        return expanded;
    }

    /// <summary>An integer within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int? ReadWholeNumber(this LoadContext context, YamlNode? node, string what, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = context.ReadText(node, what);
        if (text is null)
            return null;
        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            context.Report(node!, $"{what} must be a whole number, got '{text}'");
            return null;
        }

        if (value >= min && value <= max)
            return value;
        context.Report(node!, max == int.MaxValue
            ? $"{what} must be at least {min}, got {value}"
            : $"{what} must be between {min} and {max}, got {value}");
        return null;
    }

    /// <summary><c>true</c> or <c>false</c> (any case).</summary>
    public static bool? ReadBoolean(this LoadContext context, YamlNode? node, string what)
    {
        var text = context.ReadText(node, what);
        if (text is null)
            return null;
        if (bool.TryParse(text.Trim(), out var value))
            return value;
        context.Report(node!, $"{what} must be true or false, got '{text}'");
        return null;
    }

    /// <summary>A duration such as <c>500ms</c> or <c>1m30s</c>, at most <paramref name="max"/>.</summary>
    public static TimeSpan? ReadDuration(this LoadContext context, YamlNode? node, string what, TimeSpan max)
    {
        var text = context.ReadText(node, what);
        if (text is null)
            return null;
        if (!DurationSyntax.TryParse(text, out var value, out var problem))
            context.Report(node!, $"{what} '{text}' {problem}");
        else if (value > max)
            context.Report(node!, $"{what} '{text}' is too long; at most {DurationSyntax.Format(max)}");
        else
            return value;
        return null;
    }

    /// <summary>A Playwright selector that passes <see cref="SelectorSyntax"/>.</summary>
    public static string? ReadSelector(this LoadContext context, YamlNode? node, string what)
    {
        var text = context.ReadText(node, what);
        if (text is null)
            return null;
        if (SelectorSyntax.IsValid(text, out var problem))
            return text;
        context.Report(node!, $"{what} \"{text}\" is not a valid selector: {problem}");
        return null;
    }

    /// <summary>A list node; <paramref name="example"/> shows the expected shape.</summary>
    public static YamlSequenceNode? ReadList(this LoadContext context, YamlNode? node, string what, string example)
    {
        if (node is null or YamlSequenceNode)
            return (YamlSequenceNode?)node;
        context.Report(node, $"{what} must be a list, e.g. {example}; got {Describe(node)}");
        return null;
    }
}
