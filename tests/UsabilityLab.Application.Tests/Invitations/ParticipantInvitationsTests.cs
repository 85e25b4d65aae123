using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Application.Invitations;
using UsabilityLab.Application.Tests.Support;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Tests.Invitations;

public sealed class ParticipantInvitationsTests
{
    private const string Study = """
        name: Checkout study
        target: http://127.0.0.1:5000/
        tasks:
          - id: find-help
            title: Find help
            prompt: Find the help page.
            success: [ { url: /help } ]
        """;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<StoreKind> Kinds => EmptyStore.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task CreateAsync_ThreeThenTwo_LabelsP01ToP05_EachLinkAdmitsItsParticipantOnce(StoreKind kind)
    {
        await using var temp = await EmptyStore.CreateAsync(kind);
        var invitations = new ParticipantInvitations(temp.Store, _time);
        var path = Path.Combine(temp.Folder, "checkout.yaml");

        var first = await invitations.CreateAsync(Request(path, 3, moderated: true));
        var second = await invitations.CreateAsync(Request(path, 2));
        var admitted = await invitations.RedeemAsync(second[0].Token, "browser-1", CancellationToken.None);
        var again = await invitations.RedeemAsync(second[0].Token, "browser-2", CancellationToken.None);

        Assert.Equal(["P01", "P02", "P03", "P04", "P05"], first.Concat(second).Select(l => l.Invitation.Participant));
        Assert.All(first, l => Assert.Equal((true, "Checkout study", path, _time.GetUtcNow().AddDays(7)), (l.Invitation.Moderated, l.Invitation.StudyName, l.Invitation.StudyPath, l.Invitation.ExpiresAt)));
        Assert.Equal(5, first.Concat(second).Select(l => l.Token).Distinct().Count());
        Assert.Equal((AdmissionVerdict.Admitted, "P04", false), (admitted.Verdict, admitted.Invitation?.Participant, admitted.Invitation?.Moderated));
        Assert.True(admitted.IsAdmitted);
        Assert.Equal((AdmissionVerdict.Used, "P04"), (again.Verdict, again.Invitation?.Participant));
        Assert.Equal($"https://lab.example.org/base/p/{first[0].Token}/", first[0].UrlOn(new Uri("https://lab.example.org/base/")));
    }

    [Fact]
    public async Task AdmitAsync_TheLifetimeLaterOnAFakeClock_Expired_AMomentBeforeAdmitted()
    {
        await using var temp = await EmptyStore.CreateAsync();
        var invitations = new ParticipantInvitations(temp.Store, _time);
        var links = await invitations.CreateAsync(Request(Path.Combine(temp.Folder, "s.yaml"), 2) with { Lifetime = TimeSpan.FromMinutes(30) });

        _time.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        var onTime = await invitations.RedeemAsync(links[0].Token, "browser-1", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        var late = await invitations.RedeemAsync(links[1].Token, "browser-1", CancellationToken.None);

        Assert.Equal(AdmissionVerdict.Admitted, onTime.Verdict);
        Assert.Equal((AdmissionVerdict.Expired, "P02"), (late.Verdict, late.Invitation?.Participant));
        Assert.Equal([InvitationStatus.Used, InvitationStatus.Expired], (await invitations.ListAsync()).Select(s => s.Status));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")] // 43 characters, but not base64url
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // well formed, never issued
    public async Task AdmitAsync_MalformedOrUnissuedToken_Unknown_NoInvitation(string token)
    {
        await using var temp = await EmptyStore.CreateAsync();
        var invitations = new ParticipantInvitations(temp.Store, _time);
        await invitations.CreateAsync(Request(Path.Combine(temp.Folder, "s.yaml"), 1));

        var result = await invitations.RedeemAsync(token, "browser-1", CancellationToken.None);

        Assert.Equal(AdmissionResult.Unknown, result);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RevokeAsync_ByLabelThenById_AdmitRevoked_ListShowsEachStatus(StoreKind kind)
    {
        await using var temp = await EmptyStore.CreateAsync(kind);
        var invitations = new ParticipantInvitations(temp.Store, _time);
        var path = Path.Combine(temp.Folder, "s.yaml");
        var links = await invitations.CreateAsync(Request(path, 4));
        await invitations.RedeemAsync(links[0].Token, "browser-1", CancellationToken.None);

        var byLabel = await invitations.RevokeAsync("P02");
        var byId = await invitations.RevokeAsync(links[2].Invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), path);
        var twice = await invitations.RevokeAsync("P02");
        var refused = await invitations.RedeemAsync(links[1].Token, "browser-1", CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(8));

        Assert.Equal((InvitationStatus.Pending, _time.GetUtcNow().AddDays(-8)), (byLabel.Before, byLabel.Invitation.RevokedAt));
        Assert.Equal(("P03", InvitationStatus.Pending), (byId.Invitation.Participant, byId.Before));
        Assert.Equal((InvitationStatus.Revoked, byLabel.Invitation.RevokedAt), (twice.Before, twice.Invitation.RevokedAt));
        Assert.Equal(AdmissionVerdict.Revoked, refused.Verdict);
        Assert.Equal(["used", "revoked", "revoked", "expired"], (await invitations.ListAsync(path)).Select(s => s.StatusName));
    }

    [Fact]
    public async Task RevokeAsync_LabelInTwoStudies_InputErrorNamingBoth_WithTheStudyOnlyThatOne()
    {
        await using var temp = await EmptyStore.CreateAsync();
        var invitations = new ParticipantInvitations(temp.Store, _time);
        var (a, b) = (Path.Combine(temp.Folder, "a.yaml"), Path.Combine(temp.Folder, "b.yaml"));
        await invitations.CreateAsync(Request(a, 1));
        await invitations.CreateAsync(Request(b, 1));

        var error = await Assert.ThrowsAsync<InputException>(() => invitations.RevokeAsync("P01"));
        var revoked = await invitations.RevokeAsync("P01", b);
        var unknown = await Assert.ThrowsAsync<InputException>(() => invitations.RevokeAsync("P09", a));

        Assert.Equal($"participant P01 has invitations to 2 studies ({a}, {b}); name one with --study FILE, or revoke by id (./lab invite list)", error.Message);
        Assert.Equal(b, revoked.Invitation.StudyPath);
        Assert.Equal([InvitationStatus.Pending, InvitationStatus.Revoked], (await invitations.ListAsync()).Select(s => s.Status));
        Assert.StartsWith($"no invitation P09 for {a} in ", unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 7 * 24 * 60)]
    [InlineData(501, 7 * 24 * 60)]
    [InlineData(1, 0)]
    [InlineData(1, 90 * 24 * 60 + 1)]
    public async Task CreateAsync_CountOrLifetimeOutOfRange_InputError_NothingStored(int participants, int lifetimeMinutes)
    {
        await using var temp = await EmptyStore.CreateAsync();
        var invitations = new ParticipantInvitations(temp.Store, _time);

        await Assert.ThrowsAsync<InputException>(() => invitations.CreateAsync(
            Request(Path.Combine(temp.Folder, "s.yaml"), participants) with { Lifetime = TimeSpan.FromMinutes(lifetimeMinutes) }));

        Assert.Empty(await invitations.ListAsync());
    }

    private static InvitationRequest Request(string path, int participants, bool moderated = false) =>
        new(StudyLoader.Parse(Study, path), path, participants, moderated, InvitationLifetimes.Default);
}
