namespace UsabilityLab.Application.Accounts;

/// <summary>
/// Turns a password into a salted, slow hash and checks a password against one. The web host supplies it (ASP.NET
/// Core's password hasher), so the accounts' rules here need no web framework and the store never sees a password.
/// </summary>
public interface IPasswordHashing
{
    /// <summary>A new salted hash of <paramref name="password"/>.</summary>
    string Hash(string password);

    /// <summary>Whether <paramref name="password"/> is the one <paramref name="hash"/> was made from.</summary>
    PasswordVerdict Verify(string hash, string password);
}
