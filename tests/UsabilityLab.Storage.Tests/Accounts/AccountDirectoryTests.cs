using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Accounts;
using UsabilityLab.Storage.Accounts;

namespace UsabilityLab.Storage.Tests.Accounts;

public sealed class AccountDirectoryTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task TryAddAsync_Account_FoundInAnyCase_AsGiven(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var directory = new AccountDirectory(await temp.OpenAsync());

        var added = await directory.TryAddAsync("Alice", AccountRole.Researcher, "HASH", "stamp-1", Created);

        var found = await directory.FindAsync("aLICE");
        Assert.NotNull(added);
        Assert.Equal(added, found);
        Assert.Equal(new UserAccount(added.Id, "Alice", AccountRole.Researcher, "HASH", 0, null, Created, "stamp-1"), found);
        await using var db = (await temp.OpenAsync()).CreateContext();
        var row = await db.UserAccounts.SingleAsync();
        Assert.Equal(("ALICE", AccountRole.Researcher), (row.NormalizedName, row.Role));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task TryAddAsync_SameNameFromManyWritersAtOnce_ExactlyOneAdded(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => new AccountDirectory(database).TryAddAsync(i % 2 == 0 ? "bob" : "BOB", AccountRole.Observer, "HASH" + i, "stamp" + i, Created))));

        Assert.Single(attempts, a => a is not null);
        Assert.Single(await new AccountDirectory(database).ListAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task CountFailedSignInAsync_ManyAtOnce_EveryOneCounted_LockStartsTheCountOver(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var account = (await new AccountDirectory(database).TryAddAsync("bob", AccountRole.Observer, "HASH", "stamp", Created))!;

        var counts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => new AccountDirectory(database).CountFailedSignInAsync(account.Id))));
        var until = Created.AddMinutes(15);
        await new AccountDirectory(database).LockAsync(account.Id, until);

        Assert.Equal([1, 2, 3, 4, 5, 6], counts.Order());
        var locked = await new AccountDirectory(database).FindAsync("bob");
        Assert.Equal((0, until), (locked!.FailedSignIns, locked.LockedUntil));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task SetPasswordAsync_LockedAccount_NewHashAndStamp_Unlocked_UnknownNameFalse(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var directory = new AccountDirectory(await temp.OpenAsync());
        var account = (await directory.TryAddAsync("bob", AccountRole.Observer, "OLD", "stamp-1", Created))!;
        await directory.CountFailedSignInAsync(account.Id);
        await directory.LockAsync(account.Id, Created.AddMinutes(15));

        Assert.True(await directory.SetPasswordAsync("BOB", "NEW", "stamp-2"));
        Assert.False(await directory.SetPasswordAsync("carol", "NEW", "stamp-3"));

        Assert.Equal(account with { PasswordHash = "NEW", SecurityStamp = "stamp-2" }, await directory.FindAsync("bob"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task SetRoleAndRemove_ByNameInAnyCase_UnknownNameFalse(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var directory = new AccountDirectory(await temp.OpenAsync());
        await directory.TryAddAsync("bob", AccountRole.Observer, "HASH", "stamp-1", Created);

        Assert.True(await directory.SetRoleAsync("Bob", AccountRole.Admin, "stamp-2"));
        var changed = await directory.FindAsync("bob");
        Assert.True(await directory.RemoveAsync("BOB"));

        Assert.Equal((AccountRole.Admin, "stamp-2"), (changed!.Role, changed.SecurityStamp));
        Assert.False(await directory.RemoveAsync("bob"));
        Assert.False(await directory.SetRoleAsync("bob", AccountRole.Observer, "stamp-3"));
        Assert.False(await directory.AnyAsync());
    }

    [Fact]
    public async Task RecordSignInAsync_NewHash_Stored_StampKept_CountCleared()
    {
        await using var temp = new TempDatabase();
        var directory = new AccountDirectory(await temp.OpenAsync());
        var account = (await directory.TryAddAsync("bob", AccountRole.Observer, "OLD", "stamp", Created))!;
        await directory.CountFailedSignInAsync(account.Id);

        await directory.RecordSignInAsync(account.Id, "REHASHED");

        Assert.Equal(account with { PasswordHash = "REHASHED" }, await directory.FindAsync("bob"));
    }
}
