using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace UsabilityLab.Core.Invitations;

/// <summary>
/// The secret in an invitation link: 32 random bytes as base64url (43 characters, no padding), shown once when the
/// link is made. Stores keep only <see cref="Hash"/> of it, so a copy of the database admits nobody; a plain SHA-256
/// is enough (no salt, no stretching) because the token is random, not something a person chose and could be guessed.
/// </summary>
public static class InvitationTokens
{
    /// <summary>Random bytes in a token: 256 bits, beyond any guessing.</summary>
    public const int ByteCount = 32;

    /// <summary>Characters of a token as text.</summary>
    public const int Length = 43;

    /// <summary>Characters of <see cref="Hash"/>: SHA-256 as lower-case hex.</summary>
    public const int HashLength = 64;

    /// <summary>A new token from the system's cryptographic random number generator.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(ByteCount));

    /// <summary>Whether <paramref name="token"/> has the form of a token (so a malformed one is refused before any lookup).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>What a store keeps of <paramref name="token"/>: its SHA-256 as lower-case hex.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
