using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Application.Accounts;
using UsabilityLab.Application.Tests.Support;
using UsabilityLab.Core.Accounts;
using UsabilityLab.Core.Errors;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Accounts;

namespace UsabilityLab.Application.Tests.Accounts;

public sealed class LabAccountsTests
{
    private const string Password = "correct horse battery";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly SaltedTestHashing _hashing = new();

    public static TheoryData<StoreKind> Kinds => EmptyStore.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task AddAsync_NewName_ListedWithItsRole_HashNotPassword(StoreKind kind)
    {
        await using var temp = await EmptyStore.CreateAsync(kind);
        var accounts = Accounts(temp);

        var added = await accounts.AddAsync("Alice.B@lab", AccountRole.Researcher, Password);

        var listed = Assert.Single(await accounts.ListAsync());
        Assert.Equal(("Alice.B@lab", AccountRole.Researcher, 0, null, _time.GetUtcNow()), (listed.Name, listed.Role, listed.FailedSignIns, listed.LockedUntil, listed.CreatedAt));
        Assert.Equal(added, listed);
        var stored = await new AccountDirectory(temp.Store.Database).FindAsync("alice.b@LAB");
        Assert.NotNull(stored);
        Assert.DoesNotContain(Password, stored.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerdict.Right, _hashing.Verify(stored.PasswordHash, Password));
        Assert.True(await accounts.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task AddAsync_NameTakenInAnotherCase_InputError_FirstKept(StoreKind kind)
    {
        await using var temp = await EmptyStore.CreateAsync(kind);
        var accounts = Accounts(temp);
        await accounts.AddAsync("alice", AccountRole.Admin, Password);

        var error = await Assert.ThrowsAsync<InputException>(() => accounts.AddAsync("ALICE", AccountRole.Observer, Password + "!"));

        Assert.StartsWith("account 'ALICE': 'alice' exists already in ", error.Message, StringComparison.Ordinal);
        Assert.Equal(AccountRole.Admin, Assert.Single(await accounts.ListAsync()).Role);
    }

    [Theory]
    [InlineData("")]
    [InlineData("jane doe")]
    [InlineData("-rf")]
    [InlineData("zoë")]
    [InlineData("a/b")]
    public async Task AddAsync_NameOutsideTheRule_InputErrorNamingTheRule(string name)
    {
        await using var temp = await EmptyStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InputException>(() => Accounts(temp).AddAsync(name, AccountRole.Observer, Password));

        Assert.Equal($"account name '{name}': use {AccountNames.Rule}", error.Message);
        Assert.False(await Accounts(temp).AnyAsync());
    }

    [Fact]
    public async Task AddAsync_NameOf65Characters_InputError_64Accepted()
    {
        await using var temp = await EmptyStore.CreateAsync();
        var accounts = Accounts(temp);

        await Assert.ThrowsAsync<InputException>(() => accounts.AddAsync(new string('a', 65), AccountRole.Observer, Password));
        await accounts.AddAsync(new string('a', 64), AccountRole.Observer, Password);

        Assert.Equal(64, Assert.Single(await accounts.ListAsync()).Name.Length);
    }

    [Theory]
    [InlineData("elevenchars")]
    [InlineData("😀😀😀😀😀😀😀😀😀😀😀")] // 22 UTF-16 units, 11 characters
    public async Task AddAsync_PasswordUnder12Characters_InputErrorWithoutThePassword_NothingStored(string password)
    {
        await using var temp = await EmptyStore.CreateAsync();
        var accounts = Accounts(temp);

        var error = await Assert.ThrowsAsync<InputException>(() => accounts.AddAsync("bob", AccountRole.Observer, password));

        Assert.Equal("password too short (11 characters): use at least 12; a few words in a row are easy to remember and hard to guess", error.Message);
        Assert.False(await accounts.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task SignInAsync_RightPassword_SignedInAsTheStoredName(StoreKind kind)
    {
        await using var temp = await EmptyStore.CreateAsync(kind);
        var accounts = Accounts(temp);
        await accounts.AddAsync("Alice", AccountRole.Observer, Password);

        var check = await accounts.SignInAsync("alice", Password);

        Assert.Equal(SignInVerdict.SignedIn, check.Verdict);
        Assert.Equal(("Alice", AccountRole.Observer), (check.Account!.Name, check.Account.Role));
    }

    [Fact]
    public async Task SignInAsync_UnknownName_RefusedAfterOnePasswordCheck_AsAWrongPasswordIs()
    {
        await using var temp = await EmptyStore.CreateAsync();
        var accounts = Accounts(temp);
        await accounts.AddAsync("alice", AccountRole.Observer, Password);

        var unknown = await accounts.SignInAsync("mallory", Password);
        var checksForUnknown = _hashing.Verifications;
        var wrong = await accounts.SignInAsync("alice", "not the password at all");

        Assert.Equal(SignInCheck.Refused, unknown);
        Assert.Equal(SignInCheck.Refused, wrong);
        Assert.Equal(1, checksForUnknown); // a decoy hash: an unknown name takes as long as a known one
        Assert.Equal(2, _hashing.Verifications);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task SignInAsync_FiveWrongPasswordsInARow_Locked15Minutes_RightPasswordRefusedToo(StoreKind kind)
    {
        await using var temp = await EmptyStore.CreateAsync(kind);
        var accounts = Accounts(temp);
        await accounts.AddAsync("alice", AccountRole.Observer, Password);

        var verdicts = new List<SignInVerdict>();
        for (var i = 0; i < SignInLockout.MaxFailures; i++)
        {
            verdicts.Add((await accounts.SignInAsync("alice", "wrong password " + i)).Verdict);
        }

        _time.Advance(TimeSpan.FromMinutes(14));
        var right = await accounts.SignInAsync("alice", Password);

        Assert.Equal([.. Enumerable.Repeat(SignInVerdict.Refused, 4), SignInVerdict.LockedOut], verdicts);
        Assert.Equal(SignInVerdict.LockedOut, right.Verdict);
        Assert.Null(right.Account);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromMinutes(1), right.LockedUntil);
        Assert.Equal(right.LockedUntil, Assert.Single(await accounts.ListAsync()).LockedUntil);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task SignInAsync_15MinutesAfterTheLockout_RightPasswordSignsIn_CountStartsOver(StoreKind kind)
    {
        await using var temp = await EmptyStore.CreateAsync(kind);
        var accounts = Accounts(temp);
        await accounts.AddAsync("alice", AccountRole.Observer, Password);
        for (var i = 0; i < SignInLockout.MaxFailures; i++)
        {
            await accounts.SignInAsync("alice", "wrong password");
        }

        _time.Advance(SignInLockout.Duration);
        var afterwards = await accounts.SignInAsync("alice", Password);

        Assert.Equal(SignInVerdict.SignedIn, afterwards.Verdict);
        var listed = Assert.Single(await accounts.ListAsync());
        Assert.Equal((0, null), (listed.FailedSignIns, listed.LockedUntil));
    }

    [Fact]
    public async Task SignInAsync_FourWrongThenRight_CountStartsOver_FourMoreDoNotLock()
    {
        await using var temp = await EmptyStore.CreateAsync();
        var accounts = Accounts(temp);
        await accounts.AddAsync("alice", AccountRole.Observer, Password);

        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < SignInLockout.MaxFailures - 1; i++)
            {
                Assert.Equal(SignInVerdict.Refused, (await accounts.SignInAsync("alice", "wrong password")).Verdict);
            }

            Assert.Equal(SignInVerdict.SignedIn, (await accounts.SignInAsync("alice", Password)).Verdict);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task SetPasswordAsync_LockedAccount_NewPasswordWorks_OldRefused_StampChanged(StoreKind kind)
    {
        await using var temp = await EmptyStore.CreateAsync(kind);
        var accounts = Accounts(temp);
        var before = await accounts.AddAsync("alice", AccountRole.Observer, Password);
        for (var i = 0; i < SignInLockout.MaxFailures; i++)
        {
            await accounts.SignInAsync("alice", "wrong password");
        }

        await accounts.SetPasswordAsync("ALICE", "a brand new passphrase");

        Assert.Equal(SignInVerdict.Refused, (await accounts.SignInAsync("alice", Password)).Verdict);
        var signedIn = await accounts.SignInAsync("alice", "a brand new passphrase");
        Assert.Equal(SignInVerdict.SignedIn, signedIn.Verdict);
        Assert.NotEqual(before.SecurityStamp, signedIn.Account!.SecurityStamp);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task SetRoleAsync_Observer_BecomesResearcher_StampChanged(StoreKind kind)
    {
        await using var temp = await EmptyStore.CreateAsync(kind);
        var accounts = Accounts(temp);
        var before = await accounts.AddAsync("alice", AccountRole.Observer, Password);

        await accounts.SetRoleAsync("alice", AccountRole.Researcher);

        var after = await accounts.GetAsync("alice");
        Assert.Equal(AccountRole.Researcher, after.Role);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RemoveAsync_Account_GoneAndItsPasswordRefused_UnknownNameInputError(StoreKind kind)
    {
        await using var temp = await EmptyStore.CreateAsync(kind);
        var accounts = Accounts(temp);
        await accounts.AddAsync("alice", AccountRole.Observer, Password);

        await accounts.RemoveAsync("Alice");

        Assert.False(await accounts.AnyAsync());
        Assert.Equal(SignInVerdict.Refused, (await accounts.SignInAsync("alice", Password)).Verdict);
        var error = await Assert.ThrowsAsync<InputException>(() => accounts.RemoveAsync("alice"));
        Assert.StartsWith("no account 'alice' in ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInAsync_HashInAnOlderFormat_SignedIn_HashRemadeInTheCurrentOne_StampKept()
    {
        await using var temp = await EmptyStore.CreateAsync();
        var added = await new LabAccounts(temp.Store, new SaltedTestHashing("v1"), _time).AddAsync("alice", AccountRole.Observer, Password);

        var check = await Accounts(temp).SignInAsync("alice", Password);

        Assert.Equal(SignInVerdict.SignedIn, check.Verdict);
        var stored = await new AccountDirectory(temp.Store.Database).FindAsync("alice");
        Assert.StartsWith("v2:", stored!.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(added.SecurityStamp, stored.SecurityStamp);
    }

    private LabAccounts Accounts(EmptyStore temp) => new(temp.Store, _hashing, _time);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RemoveAndSetRole_TheOnlyAdmin_RefusedNamingTheWayOut_AnotherAdminThenAllowed(StoreKind kind)
    {
        await using var temp = await EmptyStore.CreateAsync(kind);
        var accounts = Accounts(temp);
        await accounts.AddAsync("root", AccountRole.Admin, Password);
        await accounts.AddAsync("olga", AccountRole.Observer, Password);

        var removing = await Assert.ThrowsAsync<InputException>(() => accounts.RemoveAsync("ROOT"));
        var demoting = await Assert.ThrowsAsync<InputException>(() => accounts.SetRoleAsync("root", AccountRole.Researcher));

        Assert.Equal("root is the only admin: add another admin first (./lab users add NAME --role admin), then remove root", removing.Message);
        Assert.EndsWith("then demote root", demoting.Message, StringComparison.Ordinal);
        Assert.Equal(AccountRole.Admin, (await accounts.GetAsync("root")).Role);
        await accounts.RemoveAsync("olga"); // not an admin: no question
        await accounts.SetRoleAsync("root", AccountRole.Admin); // stays admin: allowed
        await accounts.AddAsync("ada", AccountRole.Admin, Password);
        await accounts.SetRoleAsync("root", AccountRole.Observer);
        await Assert.ThrowsAsync<InputException>(() => accounts.RemoveAsync("ada"));
        Assert.Equal(["ada", "root"], (await accounts.ListAsync()).Select(a => a.Name).Order());
    }
}
