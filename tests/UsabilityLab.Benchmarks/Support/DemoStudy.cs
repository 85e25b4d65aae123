using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>The demo study (scenarios/demo-shop.yaml) against the demo shop started by the benchmark run.</summary>
internal static class DemoStudy
{
    public static async Task<StudyLoadResult> LoadAsync(BenchContext context)
    {
        await context.DemoSiteAsync(); // sets DEMO_SITE_URL, which the study's target expands
        var path = Path.Combine(context.RepoRoot, "scenarios", "demo-shop.yaml");
        var loaded = StudyLoader.LoadFile(path);
        return loaded.Study is not null
            ? loaded
            : throw new InvalidOperationException($"{path} does not validate: {string.Join("; ", loaded.Diagnostics.Select(d => d.Message))}");
    }

    /// <summary>Golden-path actions per participant, for "per action" breakdowns.</summary>
    public static int Actions(Study study) => study.Tasks.Sum(t => t.Steps.Count(s => s is not (WaitStep or ExpectStep)));
}
