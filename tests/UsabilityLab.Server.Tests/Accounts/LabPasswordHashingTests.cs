using System.Text;
using Microsoft.AspNetCore.Identity;
using UsabilityLab.Application.Accounts;
using UsabilityLab.Server.Accounts;

namespace UsabilityLab.Server.Tests.Accounts;

public sealed class LabPasswordHashingTests
{
    private const string Password = "correct horse battery staple";

    private readonly LabPasswordHashing _hashing = new();

    [Fact]
    public void Verify_HashOfThePassword_Right_AnyOtherWrong()
    {
        var hash = _hashing.Hash(Password);

        Assert.Equal(PasswordVerdict.Right, _hashing.Verify(hash, Password));
        Assert.Equal(PasswordVerdict.Wrong, _hashing.Verify(hash, Password + " "));
        Assert.Equal(PasswordVerdict.Wrong, _hashing.Verify(hash, Password.ToUpperInvariant()));
        Assert.Equal(PasswordVerdict.Wrong, _hashing.Verify(hash, ""));
    }

    [Fact]
    public void Hash_SamePasswordTwice_DifferentSalts_NeitherHoldsThePassword()
    {
        var first = _hashing.Hash(Password);
        var second = _hashing.Hash(Password);

        Assert.NotEqual(first, second);
        foreach (var hash in new[] { first, second })
        {
            Assert.DoesNotContain(Password, Encoding.UTF8.GetString(Convert.FromBase64String(hash)), StringComparison.Ordinal);
            Assert.Equal(PasswordVerdict.Right, _hashing.Verify(hash, Password));
        }
    }

    [Fact]
    public void Verify_HashInTheOlderIdentityV2Format_RightButRehash()
    {
        var older = new PasswordHasher<object>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));
        var hash = older.HashPassword(new object(), Password);

        Assert.Equal(PasswordVerdict.RightButRehash, _hashing.Verify(hash, Password));
    }

    [Theory]
    [InlineData("Z2FyYmFnZQ==")] // "garbage": no hash format starts with 'g'
    [InlineData("not base64 at all!")]
    [InlineData("")]
    public void Verify_StoredValueThatIsNoHash_Wrong(string stored)
    {
        Assert.Equal(PasswordVerdict.Wrong, _hashing.Verify(stored, Password));
    }
}
