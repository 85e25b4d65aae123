using System.Net.Http.Json;
using UsabilityLab.Core.Events;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Server.Tests.Support;
using UsabilityLab.Storage;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// The streamed browser stays on the study's site: a top-level navigation to another origin and requests to private
/// or other loopback addresses are blocked, recorded with the reason and shown in the moderator's feed; the target's
/// own requests (on loopback here) go through.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class ConfinementTests(ModerationFixture fixture)
{
    [Fact]
    public async Task TargetPage_NavigationToOtherOriginAndPrivateFetch_BlockedAndReported()
    {
        await using var rig = await RemoteRig.StartAsync(fixture);
        await using var client = new ParticipantClient(rig.Pages, rig.Session, ownsServer: false);
        using (var consent = await client.SendAsync(client.PageRequest("POST", "consent", JsonContent.Create(new { agree = true }))))
        {
            consent.EnsureSuccessStatusCode();
        }

        var lab = rig.LabPage;
        await lab.ArriveAtAsync(fixture.Site.BaseUrl.ToString());
        var fetch = "url => fetch(url).then(() => 'loaded', () => 'blocked')";
        Assert.Equal("blocked", await lab.EvaluateAsync<string>(fetch, "http://10.20.30.40/admin"));
        Assert.Equal("blocked", await lab.EvaluateAsync<string>(fetch, "http://127.0.0.1:9/"));
        Assert.Equal("loaded", await lab.EvaluateAsync<string>(fetch, new Uri(fixture.Site.BaseUrl, "help").ToString()));

        await lab.EvaluateAsync("() => { location.href = 'https://example.com/elsewhere'; }");
        await rig.SeeFeedAsync("error", "request failed");
        await lab.ArriveAtAsync(fixture.Site.BaseUrl.ToString()); // still on the shop

        await rig.Session.EndAsync();
        var blocked = (await new RunReader(rig.Database).LoadAsync(rig.RunId)).Events
            .Where(e => e.Kind == EventKind.RequestFailed && (e.Detail ?? "").StartsWith("blocked", StringComparison.Ordinal)).ToList();
        Assert.Contains(blocked, e => e.Url == "http://10.20.30.40/admin" && e.Detail!.Contains("private address", StringComparison.Ordinal));
        Assert.Contains(blocked, e => e.Url == "http://127.0.0.1:9/" && e.Detail!.Contains("loopback", StringComparison.Ordinal));
        Assert.Contains(blocked, e => e.Url == "https://example.com/elsewhere" && e.Detail!.StartsWith("blocked navigation", StringComparison.Ordinal));
        Assert.DoesNotContain(blocked, e => (e.Url ?? "").StartsWith(fixture.Site.BaseUrl.ToString(), StringComparison.Ordinal));
    }
}
