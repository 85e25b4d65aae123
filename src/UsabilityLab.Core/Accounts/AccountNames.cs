namespace UsabilityLab.Core.Accounts;

/// <summary>
/// What an account name may be, and the one form names are compared in. A name is what people type to sign in, so it
/// is short, has no spaces and only ASCII (no two names that look alike), and its case does not matter.
/// </summary>
public static class AccountNames
{
    /// <summary>The longest name.</summary>
    public const int MaxLength = 64;

    /// <summary>The rule as a user is told it.</summary>
    public const string Rule = "1–64 ASCII letters, digits, '.', '-', '_' or '@', starting with a letter or digit";

    /// <summary>Whether <paramref name="name"/> follows <see cref="Rule"/>.</summary>
    public static bool IsValid(string? name) =>
        name is { Length: > 0 and <= MaxLength }
        && char.IsAsciiLetterOrDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@');

    /// <summary>The form two names are compared in: <c>Alice</c> and <c>alice</c> are one account.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToUpperInvariant();
    }
}
