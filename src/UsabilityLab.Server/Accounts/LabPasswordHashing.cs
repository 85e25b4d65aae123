using Microsoft.AspNetCore.Identity;
using UsabilityLab.Application.Accounts;

namespace UsabilityLab.Server.Accounts;

/// <summary>
/// Passwords hashed by ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>: PBKDF2 with a random salt per hash
/// and the framework's current iteration count, in a format that names its own parameters, so a hash made with fewer
/// iterations verifies as <see cref="PasswordVerdict.RightButRehash"/> and is made again.
/// </summary>
public sealed class LabPasswordHashing : IPasswordHashing
{
    // The hasher's user argument is for hashers that salt with the user; the default one does not look at it.
    private static readonly PasswordHasher<LabPasswordHashing> Hasher = new();

    /// <inheritdoc />
    public string Hash(string password) => Hasher.HashPassword(this, password);

    /// <inheritdoc />
    public PasswordVerdict Verify(string hash, string password)
    {
        PasswordVerificationResult result;
        try
        {
            result = Hasher.VerifyHashedPassword(this, hash, password);
        }
        catch (FormatException)
        {
            return PasswordVerdict.Wrong; // a stored value that is no hash matches no password
        }

        return result switch
        {
            PasswordVerificationResult.Success => PasswordVerdict.Right,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordVerdict.RightButRehash,
            _ => PasswordVerdict.Wrong,
        };
    }
}
