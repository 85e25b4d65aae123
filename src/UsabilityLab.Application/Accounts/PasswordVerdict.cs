namespace UsabilityLab.Application.Accounts;

/// <summary>What checking a password against its stored hash found.</summary>
public enum PasswordVerdict
{
    /// <summary>Not the password.</summary>
    Wrong,

    /// <summary>The password.</summary>
    Right,

    /// <summary>The password, hashed in an older format (fewer iterations, say): store a new hash of it.</summary>
    RightButRehash,
}
