using System.Text;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Expands <c>${NAME}</c> in study values from the environment, so one study file serves local, CI and staging
/// targets. <c>$${</c> is a literal <c>${</c>; a lone <c>$</c> (as in "under $100") is left alone.
/// <c>${PARTICIPANT}</c> and <c>${RUN}</c> are the runner's (<see cref="RunVariables"/>): kept in the values that may hold
/// them (templates), refused everywhere else.
/// </summary>
internal static class EnvironmentExpansion
{
    /// <summary>Expands every reference; returns <c>null</c> and one problem per bad reference when any fails.</summary>
    /// <param name="value">The value as written.</param>
    /// <param name="environment">Resolves a variable; null when it is not set.</param>
    /// <param name="problems">What went wrong, one line each.</param>
    /// <param name="runVariables">For a template, the run variables it may keep for the runner (then <c>$${</c> stays
    /// <c>$${</c>, and a <c>${</c> in a variable's value becomes <c>$${</c>, for <see cref="RunVariables.Expand"/> to
    /// undo); null for a plain value.</param>
    public static string? Expand(string value, Func<string, string?> environment, out IReadOnlyList<string> problems, IReadOnlyCollection<string>? runVariables = null)
    {
        problems = [];
        if (!value.Contains('$', StringComparison.Ordinal))
            return value;

        var found = new List<string>();
        var result = new StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            if (value.AsSpan(i).StartsWith("$${", StringComparison.Ordinal))
            {
                result.Append(runVariables is null ? "${" : "$${");
                i += 3;
                continue;
            }

            if (!value.AsSpan(i).StartsWith("${", StringComparison.Ordinal))
            {
                result.Append(value[i++]);
                continue;
            }

            var close = value.IndexOf('}', i + 2);
            var name = close < 0 ? null : value[(i + 2)..close];
            if (name is null || !IsVariableName(name))
            {
                found.Add("'${' must be followed by a variable name and '}', e.g. ${DEMO_SITE_URL}; write $${ for a literal ${");
                break;
            }

            if (RunVariables.Names.Contains(name))
            {
                if (RunVariableProblem(name, runVariables) is { } problem)
                    found.Add(problem);
                else
                    result.Append("${").Append(name).Append('}');
            }
            else if (environment(name) is { } resolved)
                result.Append(runVariables is null ? resolved : resolved.Replace("${", "$${", StringComparison.Ordinal));
            else
                found.Add($"environment variable {name} is not set; set it before running (export {name}=…) or write the value in place of ${{{name}}}");
            i = close + 1;
        }

        problems = found;
        return found.Count == 0 ? result.ToString() : null;
    }

    private static string? RunVariableProblem(string name, IReadOnlyCollection<string>? allowed) => allowed switch
    {
        null => $"${{{name}}} is known only when a participant runs: it expands in fill, select, goto and expect values, success text, and hooks; not here",
        _ when allowed.Contains(name) => null,
        _ => $"${{{name}}} has no value in run hooks, which run once for the whole run; use ${{{RunVariables.Run}}} there, or move the hook to participant",
    };

    private static bool IsVariableName(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
