using UsabilityLab.Core.Errors;

namespace UsabilityLab.Application.Accounts;

/// <summary>What a new password must be. Length is what makes a password hard to guess, so length is the rule.</summary>
public static class PasswordRules
{
    /// <summary>The fewest characters a password may have.</summary>
    public const int MinimumLength = 12;

    /// <summary>The most characters a password may have (a hash of a megabyte of text is work for nothing).</summary>
    public const int MaximumLength = 1024;

    /// <summary>Throws an <see cref="InputException"/> (one line, never the password) when <paramref name="password"/> may not be <paramref name="name"/>'s.</summary>
    public static void Check(string name, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        // Characters as people count them: an emoji is one, not two UTF-16 units.
        var length = password.EnumerateRunes().Count();
        if (length < MinimumLength)
        {
            throw new InputException($"password too short ({length} characters): use at least {MinimumLength}; a few words in a row are easy to remember and hard to guess");
        }

        if (length > MaximumLength)
        {
            throw new InputException($"password too long ({length} characters): use at most {MaximumLength}");
        }

        if (string.Equals(password.Trim(), name, StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException($"the password is the account's name; choose another");
        }
    }
}
