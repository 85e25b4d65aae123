using System.Security.Cryptography;
using System.Text;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>
/// The console's access token: 128 random bits, hex. Loopback alone is not a boundary (every local process and
/// every web page the moderator opens can reach 127.0.0.1), so every request must carry it.
/// </summary>
internal sealed class ConsoleToken
{
    private readonly byte[] _expected;

    public ConsoleToken()
    {
        Value = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _expected = Encoding.ASCII.GetBytes(Value);
    }

    public string Value { get; }

    /// <summary>Constant-time comparison, so response timing does not leak the token a character at a time.</summary>
    public bool Matches(string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), _expected);
}
