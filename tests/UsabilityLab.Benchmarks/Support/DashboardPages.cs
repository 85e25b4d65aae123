using System.Diagnostics;
using System.Net;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Asks a running dashboard for its pages as a browser would over loopback: HTTP/1.1 on a kept-alive connection, no
/// compression (the dashboard has none), the whole body read before the clock stops.
/// </summary>
internal sealed class DashboardPages : IDisposable
{
    private readonly HttpClient _client;

    public DashboardPages(Uri root)
    {
        // No cookies: the pages are GETs, and a cookie the antiforgery middleware sets must not change what later requests cost.
        _client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = root,
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            // A cold run page analyses 500,000 events: far longer than a page should take, shorter than the default 100 s.
            Timeout = TimeSpan.FromMinutes(5),
        };
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
    }

    /// <summary>Milliseconds from sending the request to the last byte of the body, and the body.</summary>
    /// <exception cref="HttpRequestException">The page did not answer 200 (a benchmark of an error page would mislead).</exception>
    public async Task<(double Milliseconds, byte[] Body)> GetAsync(string path, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _client.GetAsync(path, HttpCompletionOption.ResponseContentRead, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        return (elapsed, body);
    }

    public void Dispose() => _client.Dispose();
}
