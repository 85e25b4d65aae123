using System.Text;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Expands <c>${NAME}</c> in study values from the environment, so one study file serves local, CI and staging
/// targets. <c>$${</c> is a literal <c>${</c>; a lone <c>$</c> (as in "under $100") is left alone.
/// </summary>
internal static class EnvironmentExpansion
{
    /// <summary>Expands every reference; returns <c>null</c> and one problem per bad reference when any fails.</summary>
    public static string? Expand(string value, Func<string, string?> environment, out IReadOnlyList<string> problems)
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
                result.Append("${");
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

            var resolved = environment(name);
            if (resolved is null)
                found.Add($"environment variable {name} is not set; set it before running (export {name}=…) or write the value in place of ${{{name}}}");
            else
                result.Append(resolved);
            i = close + 1;
        }

        problems = found;
        return found.Count == 0 ? result.ToString() : null;
    }

    private static bool IsVariableName(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
