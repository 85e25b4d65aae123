using System.Text;
using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>A valid study file with <c>n</c> tasks over the synthetic site of <see cref="SyntheticEvents"/>, parsed like any other.</summary>
internal static class SyntheticStudy
{
    public const string Origin = "http://bench.invalid/";

    public static StudyLoadResult Create(int tasks, int participants)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("name: Synthetic benchmark study");
        yaml.AppendLine($"target: {Origin}");
        yaml.AppendLine("viewport: { width: 1280, height: 800 }");
        yaml.AppendLine($"participants: {{ count: {participants}, seed: 1, personas: {{ typical: {participants} }} }}");
        yaml.AppendLine("questionnaires: { afterEachTask: seq, afterStudy: [sus, nps] }");
        yaml.AppendLine("tasks:");
        for (var t = 1; t <= tasks; t++)
        {
            yaml.AppendLine($"  - id: task-{t:00}");
            yaml.AppendLine($"    title: Synthetic task {t}");
            yaml.AppendLine($"    prompt: Go from the start page of section {t} to its last page.");
            yaml.AppendLine($"    start: /t{t}/p0");
            yaml.AppendLine("    timeLimit: 120s");
            yaml.AppendLine($"    success: [{{ url: /t{t}/p3 }}]");
            yaml.AppendLine($"    optimalPath: [/t{t}/p0, /t{t}/p1, /t{t}/p2, /t{t}/p3]");
            yaml.AppendLine($"    steps: [{{ click: \"role=link[name='Next {t}']\" }}]");
        }

        yaml.AppendLine("gates:");
        yaml.AppendLine("  - { task: task-01, successRate: \">= 0.7\", timeMedian: \"<= 90s\" }");
        var loaded = StudyLoader.Parse(yaml.ToString(), "synthetic.yaml");
        return loaded.Study is not null
            ? loaded
            : throw new InvalidOperationException("synthetic study does not validate: " + string.Join("; ", loaded.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Message}")));
    }
}
