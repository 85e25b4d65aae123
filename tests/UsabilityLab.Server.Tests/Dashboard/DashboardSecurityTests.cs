using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace UsabilityLab.Server.Tests.Dashboard;

/// <summary>On loopback the dashboard needs no sign-in, but it answers loopback host names only and refuses cross-site writes.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardSecurityTests(DashboardFixture fixture)
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("localhost.evil.example")]
    public async Task Page_WithAForeignHostHeader_Is400(string host)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, fixture.Server.Root);
        request.Headers.Host = $"{host}:{fixture.Server.Root.Port}";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_FromAnotherOrigin_Is403()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Server.Root, "/"))
        {
            Content = new StringContent("a=1", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Page_Headers_ForbidFramingSniffingAndForeignScripts()
    {
        using var client = new HttpClient();

        using var response = await client.GetAsync(fixture.Server.Root);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_OfAFinishedRun_SendsItsFinalStateAndEnds()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(fixture.Server.Root, $"/runs/{fixture.Runs.First}/progress"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("data: {\"done\":4,\"planned\":4,\"status\":\"completed\"}\n\n", body);
    }

    [Fact]
    public async Task HeatmapLayer_Revalidated_Is304WithoutTheImage()
    {
        using var client = new HttpClient();
        var layer = new Uri(fixture.Server.Root, $"/runs/{fixture.Runs.First}/tasks/apply-coupon/views/0/layers/clicks.png");

        using var first = await client.GetAsync(layer);
        var tag = first.Headers.ETag;
        using var request = new HttpRequestMessage(HttpMethod.Get, layer);
        request.Headers.IfNoneMatch.Add(tag!);
        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True((await first.Content.ReadAsByteArrayAsync()).Length > 1000);
        Assert.Contains("no-cache", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }
}
