using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UsabilityLab.Server.Tests.ModeratorConsole;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// The participant page's routes about the lab's browser while no browser runs (before consent, and after a refusal):
/// no tabs to show or close, nothing to continue, a malformed tab command refused, and a command from another site
/// refused. No browser starts.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class ParticipantBrowserRoutesTests(ModerationFixture fixture)
{
    [Fact]
    public async Task BrowserRoutes_BeforeConsent_NoTabsNothingToContinueAndBadCommandsRefused()
    {
        await using var client = await ParticipantClient.StartIdleAsync(fixture);
        using (var state = await client.SendAsync(client.PageRequest("GET", "browser")))
        {
            using var json = JsonDocument.Parse(await state.Content.ReadAsStringAsync());
            Assert.Equal("starting", json.RootElement.GetProperty("status").GetString());
            Assert.Equal(0, json.RootElement.GetProperty("tabs").GetArrayLength());
        }

        // Before the consent answer the link is only looked at: its POSTs are refused before any route (ParticipantLinkGuard).
        using (var early = await client.SendAsync(client.PageRequest("POST", "continue", JsonContent.Create(new { }))))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("once you agree", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A participant who said no holds the link but has no browser: the routes' own answers.
        using (var refusal = await client.SendAsync(client.PageRequest("POST", "consent", JsonContent.Create(new { agree = false }))))
        {
            Assert.Equal(HttpStatusCode.OK, refusal.StatusCode);
        }

        using (var close = await client.SendAsync(client.PageRequest("POST", "tab", JsonContent.Create(new { id = 1, action = "close" }))))
        {
            Assert.Equal(HttpStatusCode.NotFound, close.StatusCode);
            Assert.Contains("no tab 1 to close", await close.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var odd = await client.SendAsync(client.PageRequest("POST", "tab", JsonContent.Create(new { id = 1, action = "navigate" }))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, odd.StatusCode);
        }

        using (var resume = await client.SendAsync(client.PageRequest("POST", "continue", JsonContent.Create(new { }))))
        {
            Assert.Equal(HttpStatusCode.Conflict, resume.StatusCode);
            Assert.Contains("after consent", await resume.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var foreign = client.PageRequest("POST", "tab", JsonContent.Create(new { id = 2, action = "show" }));
        foreign.Headers.Remove("Origin");
        foreign.Headers.Add("Origin", "https://evil.example");
        using var refused = await client.SendAsync(foreign);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(client.Session.SessionId); // nothing started
    }
}
