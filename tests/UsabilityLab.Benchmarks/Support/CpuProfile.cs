using System.Text.Json;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Self time per JavaScript function from a V8 CPU profile (CDP Profiler): which lines of a script, and which DOM calls
/// (getComputedStyle, innerText, getBoundingClientRect — forced style and layout are billed to them), took the time.
/// </summary>
internal sealed record CpuProfile(IReadOnlyList<CpuProfile.Entry> Entries)
{
    /// <param name="Function">Function name, or "(anonymous)"; DOM and runtime calls keep their own names.</param>
    /// <param name="Line">1-based line in its script (0 for native code).</param>
    /// <param name="SelfMs">Time sampled in the function itself.</param>
    /// <param name="Url">The script's URL: <see cref="RecorderUrl"/> for our recorder, a page's address for its inline
    /// scripts, the file name of a benchmark script (see <see cref="Named"/>), empty for native code.</param>
    public sealed record Entry(string Function, int Line, double SelfMs, string Url = "");

    /// <summary>The source URL our recorder is installed under in benchmarks, so its functions are told from others'.</summary>
    public const string RecorderUrl = "usabilitylab-recorder.js";

    /// <summary>
    /// <paramref name="code"/> with a <c>sourceURL</c> comment naming it <paramref name="url"/> in profiles. Without one,
    /// every init script has an empty URL, and a line of the benchmark's own scripts or the test page would be labelled
    /// with whatever recorder.js has at that line.
    /// </summary>
    public static string Named(string code, string url) => code + "\n//# sourceURL=" + url + "\n";

    public static CpuProfile From(JsonElement profile)
    {
        // Each sample names the node that was on top of the stack; its time delta is how long until the next sample.
        var nodes = profile.GetProperty("nodes").EnumerateArray().ToDictionary(
            n => n.GetProperty("id").GetInt32(),
            n => (Name: n.GetProperty("callFrame").GetProperty("functionName").GetString() is { Length: > 0 } name ? name : "(anonymous)",
                  Line: n.GetProperty("callFrame").GetProperty("lineNumber").GetInt32() + 1,
                  Url: n.GetProperty("callFrame").GetProperty("url").GetString() ?? ""));
        var samples = profile.GetProperty("samples").EnumerateArray().Select(s => s.GetInt32()).ToArray();
        var deltas = profile.GetProperty("timeDeltas").EnumerateArray().Select(d => d.GetDouble()).ToArray();
        var self = new Dictionary<(string, int, string), double>();
        for (var i = 0; i + 1 < samples.Length; i++)
        {
            var key = nodes[samples[i]];
            self[key] = self.GetValueOrDefault(key) + (deltas[i + 1] / 1000);
        }

        return new CpuProfile(self.Select(kv => new Entry(kv.Key.Item1, kv.Key.Item2, kv.Value, kv.Key.Item3)).OrderByDescending(e => e.SelfMs).ToList());
    }

    /// <summary>Entries that are JavaScript or DOM work (not idle, not the profiler's own bookkeeping).</summary>
    public IEnumerable<Entry> Work => Entries.Where(e => e.Function is not ("(idle)" or "(program)" or "(root)"));

    /// <summary>The <paramref name="count"/> costliest entries as "function (recorder.js:LINE `source`) N µs", per <paramref name="per"/> events.</summary>
    public string Top(int count, string recorderSource, int per) =>
        string.Join("; ", Work.Take(count).Select(e => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Describe(e, recorderSource)} {e.SelfMs * 1000 / per:0} µs")));

    private static string Describe(Entry entry, string recorderSource)
    {
        if (entry.Line <= 1)
        {
            return entry.Function;
        }

        // Playwright puts one line of its own before an init script, so profile line N is the script's line N − 1.
        var line = entry.Line - 1;
        if (entry.Url != RecorderUrl)
        {
            // The benchmark's own scripts, the test page's inline script (its lines are the page's), rrweb.
            var name = entry.Url.Length == 0 ? "unnamed script" : entry.Url.EndsWith('/') ? "page " + entry.Url : entry.Url;
            return $"{entry.Function} ({name}:{(entry.Url.StartsWith("http", StringComparison.Ordinal) ? entry.Line : line)})";
        }

        var lines = recorderSource.Split('\n');
        var source = line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : "";
        return $"{entry.Function} (recorder.js:{line} `{(source.Length > 50 ? source[..50] + "…" : source)}`)";
    }
}
