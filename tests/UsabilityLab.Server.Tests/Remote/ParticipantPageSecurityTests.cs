using System.Net;
using System.Net.Http.Json;
using UsabilityLab.Server.Remote;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// Who reaches the participant page: only an admitted link (each refusal with its status), only with a loopback
/// <c>Host</c>, commands and the stream only from the page's own origin. No browser runs: the session never starts.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class ParticipantPageSecurityTests(ModerationFixture fixture)
{
    [Theory]
    [InlineData("expired", HttpStatusCode.Gone)]
    [InlineData("used", HttpStatusCode.Conflict)]
    [InlineData("revoked", HttpStatusCode.Forbidden)]
    [InlineData("someone-else", HttpStatusCode.NotFound)]
    [InlineData("valid", HttpStatusCode.OK)]
    public async Task ParticipantLink_AdmissionVerdict_MapsToStatus(string token, HttpStatusCode expected)
    {
        var admission = new FixedAdmission(new Dictionary<string, AdmissionVerdict>
        {
            ["valid"] = AdmissionVerdict.Admitted,
            ["expired"] = AdmissionVerdict.Expired,
            ["used"] = AdmissionVerdict.Used,
            ["revoked"] = AdmissionVerdict.Revoked,
        });
        await using var client = await ParticipantClient.StartIdleAsync(fixture, admission);
        using var response = await client.SendAsync(client.PageRequest("GET", "", token: token));
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task ParticipantPage_WrongTokenOrOtherPath_NotFoundAndNoPage()
    {
        await using var client = await ParticipantClient.StartIdleAsync(fixture);
        using var wrong = await client.SendAsync(client.PageRequest("GET", "", token: new string('0', 32)));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.DoesNotContain("consent", await wrong.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        using var root = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, client.Server.BaseAddress));
        Assert.Equal(HttpStatusCode.NotFound, root.StatusCode);
        using var page = await client.SendAsync(client.PageRequest("GET", ""));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("Moderated test study", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParticipantLink_OpenedInASecondBrowser_Used409ButFirstBrowserReloads()
    {
        await using var client = await ParticipantClient.StartIdleAsync(fixture);
        await using var other = client.OtherBrowser();
        // Opened is not used: both browsers (or a chat's link preview) read the consent screen, and no cookie is set.
        foreach (var browser in new[] { client, other })
        {
            using var look = await browser.SendAsync(browser.PageRequest("GET", ""));
            Assert.Equal(HttpStatusCode.OK, look.StatusCode);
            Assert.False(look.Headers.Contains("Set-Cookie"));
        }

        // The consent answer uses the link for the browser that gave it (a refusal starts nothing).
        using (var answer = await client.SendAsync(client.PageRequest("POST", "consent", JsonContent.Create(new { agree = false }))))
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var cookie = answer.Headers.GetValues("Set-Cookie").Single();
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase); // Lax: a link opened from webmail is a cross-site navigation
        }

        using (var second = await other.SendAsync(other.PageRequest("GET", "")))
        {
            Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
            Assert.Contains("already been used", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Conflict, await other.WebSocketStatusAsync(other.Origin)); // nor its stream
        using var reload = await client.SendAsync(client.PageRequest("GET", "participant.js"));
        Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
    }

    [Fact]
    public async Task ParticipantLink_BeforeConsent_PanelAndStreamRefused409_NothingStarts()
    {
        await using var client = await ParticipantClient.StartIdleAsync(fixture);
        using var panel = await client.SendAsync(client.PageRequest("POST", "panel", new StringContent("{\"op\":\"state\"}")));
        var stream = await client.WebSocketStatusAsync(client.Origin);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (panel.StatusCode, stream));
        Assert.Contains("once you agree", await panel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(client.Session.ParticipantPage);
    }

    [Fact]
    public async Task ParticipantPage_ForeignHostHeader_Refused400()
    {
        await using var client = await ParticipantClient.StartIdleAsync(fixture);
        var request = client.PageRequest("GET", "");
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Consent_FromAnotherOrigin_Refused403AndNothingStarts()
    {
        await using var client = await ParticipantClient.StartIdleAsync(fixture);
        var request = client.PageRequest("POST", "consent", JsonContent.Create(new { agree = true }));
        request.Headers.Remove("Origin");
        request.Headers.Add("Origin", "http://evil.example");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(client.Session.SessionId);
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("null")]
    [InlineData(null)]
    public async Task Stream_OriginNotThePage_Refused403(string? origin)
    {
        await using var client = await ParticipantClient.StartIdleAsync(fixture);
        using var refusal = await client.SendAsync(client.PageRequest("POST", "consent", JsonContent.Create(new { agree = false }))); // the link is this browser's
        Assert.Equal(HttpStatusCode.Forbidden, await client.WebSocketStatusAsync(origin));
    }
}
