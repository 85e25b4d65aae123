using System.Security.Cryptography;
using System.Text;
using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Core.Tests.Invitations;

public sealed class InvitationTokensTests
{
    [Fact]
    public void New_ThirtyTwoRandomBytesAsBase64Url_WellFormed_NeverTheSame()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => InvitationTokens.New()).ToList();

        Assert.All(tokens, t => Assert.True(InvitationTokens.IsWellFormed(t), t));
        Assert.All(tokens, t => Assert.Equal(32, Convert.FromBase64String(t.Replace('-', '+').Replace('_', '/') + "=").Length));
        Assert.Equal(100, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Hash_Token_Sha256OfItsUtf8AsLowerHex_NotTheToken()
    {
        const string token = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJK-_0123";

        var hash = InvitationTokens.Hash(token);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), hash);
        Assert.Equal(InvitationTokens.HashLength, hash.Length);
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJK-_012")] // 42
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJK-_01234")] // 44
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJK-/0123")]
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJK-_012=")]
    public void IsWellFormed_AnythingButA43CharacterBase64UrlToken_False(string? token)
    {
        Assert.False(InvitationTokens.IsWellFormed(token));
    }
}
