using System.Security.Cryptography;
using System.Text;
using UsabilityLab.Application.Accounts;

namespace UsabilityLab.Application.Tests.Accounts;

/// <summary>
/// A fast stand-in for the web host's password hasher: salted SHA-256, with the format's version in front so a test can
/// store an "outdated" hash. Counts its checks, so a test can see that an unknown name cost one too.
/// </summary>
/// <param name="current">The format version it writes; a hash of another version verifies as one to make again.</param>
internal sealed class SaltedTestHashing(string current = "v2") : IPasswordHashing
{
    public int Verifications { get; private set; }

    public string Hash(string password)
    {
        var salt = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        return $"{current}:{salt}:{Digest(salt, password)}";
    }

    public PasswordVerdict Verify(string hash, string password)
    {
        Verifications++;
        var parts = hash.Split(':');
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[2]), Encoding.ASCII.GetBytes(Digest(parts[1], password))))
        {
            return PasswordVerdict.Wrong;
        }

        return parts[0] == current ? PasswordVerdict.Right : PasswordVerdict.RightButRehash;
    }

    private static string Digest(string salt, string password) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(salt + "\n" + password)));
}
