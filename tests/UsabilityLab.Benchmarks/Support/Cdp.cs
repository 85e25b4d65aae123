using Microsoft.Playwright;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// A Chrome DevTools Protocol session on one page: main-thread metrics (Performance.getMetrics) and trusted input
/// (Input.dispatchMouseEvent — real, <c>isTrusted</c> events, as a person's mouse produces). Input is pipelined: up
/// to <see cref="Window"/> commands in flight, sent in order, so tens of thousands of events take seconds, not minutes.
/// </summary>
internal sealed class Cdp
{
    private const int Window = 64;
    private readonly ICDPSession _session;
    private readonly Queue<Task> _inFlight = new();

    private Cdp(ICDPSession session) => _session = session;

    public static async Task<Cdp> AttachAsync(IPage page)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Performance.enable");
        return new Cdp(session);
    }

    /// <summary>ScriptDuration and TaskDuration (seconds of main-thread time since the page started), and the rest.</summary>
    public async Task<IReadOnlyDictionary<string, double>> MetricsAsync()
    {
        await DrainAsync();
        var response = await _session.SendAsync("Performance.getMetrics");
        return response!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
    }

    /// <summary>Starts V8's sampling CPU profiler (<paramref name="intervalUs"/> between samples).</summary>
    public async Task StartProfileAsync(int intervalUs = 50)
    {
        await _session.SendAsync("Profiler.enable");
        await _session.SendAsync("Profiler.setSamplingInterval", new() { ["interval"] = intervalUs });
        await _session.SendAsync("Profiler.start");
    }

    /// <summary>Stops the profiler and returns self time per function (see <see cref="CpuProfile"/>).</summary>
    public async Task<CpuProfile> StopProfileAsync()
    {
        await DrainAsync();
        var response = await _session.SendAsync("Profiler.stop");
        return CpuProfile.From(response!.Value.GetProperty("profile"));
    }

    public Task MoveAsync(double x, double y) => MouseAsync("mouseMoved", x, y);

    public async Task ClickAsync(double x, double y)
    {
        await MouseAsync("mousePressed", x, y, clickCount: 1);
        await MouseAsync("mouseReleased", x, y, clickCount: 1);
    }

    public Task WheelAsync(double x, double y, double deltaY) =>
        SendAsync("Input.dispatchMouseEvent", new() { ["type"] = "mouseWheel", ["x"] = x, ["y"] = y, ["deltaX"] = 0, ["deltaY"] = deltaY });

    /// <summary>Waits until every command sent so far has been acknowledged by the browser.</summary>
    public async Task DrainAsync()
    {
        while (_inFlight.Count > 0)
        {
            await _inFlight.Dequeue();
        }
    }

    private Task MouseAsync(string type, double x, double y, int clickCount = 0) =>
        SendAsync("Input.dispatchMouseEvent", new()
        {
            ["type"] = type, ["x"] = x, ["y"] = y, ["button"] = type == "mouseMoved" ? "none" : "left", ["clickCount"] = clickCount,
        });

    private async Task SendAsync(string method, Dictionary<string, object> args)
    {
        if (_inFlight.Count >= Window)
        {
            await _inFlight.Dequeue();
        }

        _inFlight.Enqueue(_session.SendAsync(method, args));
    }

    public static double Get(IReadOnlyDictionary<string, double> metrics, string name) =>
        metrics.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"CDP metric {name} missing");
}
