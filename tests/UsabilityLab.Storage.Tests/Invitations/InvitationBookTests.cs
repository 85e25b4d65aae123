using System.Text;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Storage.Invitations;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Storage.Tests.Invitations;

/// <summary>ParticipantInvitations as either store keeps them: hashes only, used once however many bearers arrive at once, revocable, expiring.</summary>
public sealed class InvitationBookTests
{
    private const string StudyPath = "/studies/checkout.yaml";

    private static readonly DateTimeOffset Created = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Expires = Created.AddDays(7);
    private static readonly string BrowserA = InvitationTokens.Hash("browser A's secret");
    private static readonly string BrowserB = InvitationTokens.Hash("browser B's secret");

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task RedeemAsync_PendingLink_AdmittedOnce_ThenUsed_UnknownHashUnknown(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var book = new InvitationBook(await temp.OpenAsync());
        var token = InvitationTokens.New();
        var added = Assert.Single(await AddAsync(book, InvitationTokens.Hash(token)));

        var first = await book.RedeemAsync(InvitationTokens.Hash(token), BrowserA, Created.AddHours(1));
        var second = await book.RedeemAsync(InvitationTokens.Hash(token), BrowserB, Created.AddHours(2));
        var sameBrowser = await book.RedeemAsync(InvitationTokens.Hash(token), BrowserA, Created.AddHours(3));
        var unknown = await book.RedeemAsync(InvitationTokens.Hash(InvitationTokens.New()), BrowserA, Created.AddHours(2));

        Assert.Equal(AdmissionVerdict.Admitted, first.Verdict);
        Assert.Equal(added with { UsedAt = Created.AddHours(1) }, first.Invitation);
        Assert.Equal((AdmissionVerdict.Used, Created.AddHours(1)), (second.Verdict, second.Invitation?.UsedAt));
        Assert.Equal((AdmissionVerdict.Admitted, Created.AddHours(1)), (sameBrowser.Verdict, sameBrowser.Invitation?.UsedAt));
        Assert.Equal((AdmissionVerdict.Unknown, null), (unknown.Verdict, unknown.Invitation));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task CheckAsync_PendingThenUsedThenRevoked_LooksWithoutUsing_OnlyTheUsingBrowserAdmitted(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var book = new InvitationBook(await temp.OpenAsync());
        var hash = InvitationTokens.Hash(InvitationTokens.New());
        var added = Assert.Single(await AddAsync(book, hash));

        // A link preview: looked at twice, by browsers with and without a secret, and still pending.
        var previews = new[] { await book.CheckAsync(hash, null, Created.AddHours(1)), await book.CheckAsync(hash, BrowserB, Created.AddHours(1)) };
        var pending = Assert.Single(await book.ListAsync()).UsedAt;
        await book.RedeemAsync(hash, BrowserA, Created.AddHours(2));
        var (user, other, none) = (await book.CheckAsync(hash, BrowserA, Expires.AddDays(1)), await book.CheckAsync(hash, BrowserB, Created.AddHours(3)), await book.CheckAsync(hash, null, Created.AddHours(3)));
        await book.RevokeAsync(added.Id, Created.AddHours(4));
        var revoked = await book.CheckAsync(hash, BrowserA, Created.AddHours(5));

        Assert.All(previews, p => Assert.Equal((AdmissionVerdict.Admitted, null), (p.Verdict, p.Invitation?.UsedAt)));
        Assert.Null(pending);
        Assert.Equal((AdmissionVerdict.Admitted, Created.AddHours(2)), (user.Verdict, user.Invitation?.UsedAt));
        Assert.Equal((AdmissionVerdict.Used, AdmissionVerdict.Used), (other.Verdict, none.Verdict));
        Assert.Equal(AdmissionVerdict.Revoked, revoked.Verdict);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task RedeemAsync_EightBearersAtOnce_ExactlyOneAdmitted_SevenUsed(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var hash = InvitationTokens.Hash(InvitationTokens.New());
        await AddAsync(new InvitationBook(database), hash);

        // Each bearer on its own book and connection, released together, as eight browsers opening one link would be.
        using var start = new ManualResetEventSlim();
        var redemptions = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await new InvitationBook(database).RedeemAsync(hash, $"browser-{i}", Created.AddMinutes(1).AddMilliseconds(i));
        })).ToList();
        start.Set();
        var verdicts = (await Task.WhenAll(redemptions)).Select(r => r.Verdict).ToList();

        Assert.Single(verdicts, v => v == AdmissionVerdict.Admitted);
        Assert.Equal(7, verdicts.Count(v => v == AdmissionVerdict.Used));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task RedeemAsync_AtTheExpiry_Expired_LinkLeftUnused_AMillisecondBeforeAdmitted(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var book = new InvitationBook(await temp.OpenAsync());
        var (late, onTime) = (InvitationTokens.Hash(InvitationTokens.New()), InvitationTokens.Hash(InvitationTokens.New()));
        await AddAsync(book, late, onTime);

        var expired = await book.RedeemAsync(late, BrowserA, Expires);
        var admitted = await book.RedeemAsync(onTime, BrowserA, Expires.AddMilliseconds(-1));

        Assert.Equal((AdmissionVerdict.Expired, null), (expired.Verdict, expired.Invitation?.UsedAt));
        Assert.Equal(AdmissionVerdict.Admitted, admitted.Verdict);
        Assert.Null((await book.ListAsync()).Single(i => i.Participant == "P01").UsedAt);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task RevokeAsync_PendingLink_RedeemedRevoked_FirstRevocationTimeKept_UnknownIdNull(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var book = new InvitationBook(await temp.OpenAsync());
        var hash = InvitationTokens.Hash(InvitationTokens.New());
        var added = Assert.Single(await AddAsync(book, hash));

        var revoked = await book.RevokeAsync(added.Id, Created.AddHours(1));
        var again = await book.RevokeAsync(added.Id, Created.AddHours(2));
        var redeemed = await book.RedeemAsync(hash, BrowserA, Created.AddHours(3));

        Assert.Equal(added with { RevokedAt = Created.AddHours(1) }, revoked);
        Assert.Equal(revoked, again);
        Assert.Equal((AdmissionVerdict.Revoked, null), (redeemed.Verdict, redeemed.Invitation?.UsedAt));
        Assert.Null(await book.RevokeAsync(added.Id + 1, Created));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task AddAsync_FourWritersAtOnce_LabelsP01ToP12EachOnce_OtherStudyStartsAtP01(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => AddAsync(new InvitationBook(database), NewHashes(3)))));
        var other = await new InvitationBook(database).AddAsync("/studies/other.yaml", "Other", runId: 4, moderated: true, NewHashes(2), Created, Expires);

        var labels = (await new InvitationBook(database).ListAsync(StudyPath)).Select(i => i.Participant).Order(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(1, 12).Select(ParticipantLabels.Of), labels);
        Assert.Equal(["P01", "P02"], other.Select(i => i.Participant));
        Assert.All(other, i => Assert.Equal(("Other", (long?)4, true, Expires), (i.StudyName, i.RunId, i.Moderated, i.ExpiresAt)));
        Assert.Equal(14, (await new InvitationBook(database).ListAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task AddAsync_TokensHashed_NoTokenInAnyByteTheStoreWrote(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var book = new InvitationBook(await temp.OpenAsync());
        var tokens = Enumerable.Range(0, 3).Select(_ => InvitationTokens.New()).ToList();
        await AddAsync(book, [.. tokens.Select(InvitationTokens.Hash)]);
        await book.RedeemAsync(InvitationTokens.Hash(tokens[0]), BrowserA, Created.AddHours(1));

        string[] files;
        if (kind == StoreKind.PostgreSql)
        {
            await temp.Postgres.ScalarAsync("CHECKPOINT"); // table pages in their files, not only in the log
            files = Directory.GetFiles(TestPostgres.DataFolder, "*", SearchOption.AllDirectories);
        }
        else
        {
            files = Directory.GetFiles(Path.GetDirectoryName(temp.Address)!, "lab.db*");
        }

        var hashSeen = false;
        foreach (var file in files)
        {
            var bytes = await ReadSharedAsync(file);
            hashSeen |= bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(InvitationTokens.Hash(tokens[1]))) >= 0;
            foreach (var token in tokens)
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(token)) < 0, $"a clear token is in {file}");
                Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(token)) < 0, $"a clear token (UTF-16) is in {file}");
            }
        }

        Assert.True(hashSeen, "the scan did not see a stored hash: it reads the wrong files");
    }

    private static Task<IReadOnlyList<Invitation>> AddAsync(InvitationBook book, params string[] hashes) =>
        book.AddAsync(StudyPath, "Checkout study", runId: null, moderated: false, hashes, Created, Expires);

    private static string[] NewHashes(int count) => [.. Enumerable.Range(0, count).Select(_ => InvitationTokens.Hash(InvitationTokens.New()))];

    /// <summary>
    /// A file the server may be writing to meanwhile (its log), read without locking it; a file gone since it was listed
    /// (another test's database dropped) reads as empty.
    /// </summary>
    private static async Task<byte[]> ReadSharedAsync(string file)
    {
        try
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return [];
        }
    }
}
