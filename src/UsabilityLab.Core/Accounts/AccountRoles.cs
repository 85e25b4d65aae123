namespace UsabilityLab.Core.Accounts;

/// <summary>Roles as people type and read them: <c>admin</c>, <c>researcher</c>, <c>observer</c>.</summary>
public static class AccountRoles
{
    /// <summary>Every role, from the least to the most allowed.</summary>
    public static IReadOnlyList<AccountRole> All { get; } = [AccountRole.Observer, AccountRole.Researcher, AccountRole.Admin];

    /// <summary>The role's name in lower case, as the command line, the JSON output and the sign-in cookie spell it.</summary>
    public static string Name(AccountRole role) => role switch
    {
        AccountRole.Observer => "observer",
        AccountRole.Researcher => "researcher",
        AccountRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a lab role"),
    };

    /// <summary>The role named <paramref name="text"/> (any case); false for anything else, numbers included.</summary>
    public static bool TryParse(string? text, out AccountRole role)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(text, Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
