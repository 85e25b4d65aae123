namespace UsabilityLab.Benchmarks.Support;

/// <summary>The benchmark's own in-page scripts and test page (Pages/, embedded resources).</summary>
internal static class BenchPages
{
    /// <summary>An http origin that never touches the network: the benchmark answers its requests with a Playwright route.
    /// recorder.js only runs on http(s) pages, so about:blank or data: URLs would not do.</summary>
    public const string Origin = "http://bench.local/";

    public static string Read(string name)
    {
        using var stream = typeof(BenchPages).Assembly.GetManifestResourceStream("Bench." + name)
            ?? throw new InvalidOperationException($"embedded page Bench.{name} is missing; check the Benchmarks csproj");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Serves <paramref name="html"/> at <see cref="Origin"/> in <paramref name="context"/>.</summary>
    public static Task ServeAsync(Microsoft.Playwright.IBrowserContext context, string html) =>
        context.RouteAsync(Origin + "**", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
}
