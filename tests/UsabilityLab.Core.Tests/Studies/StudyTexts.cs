using System.Runtime.CompilerServices;
using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Core.Tests.Studies;

/// <summary>Study texts and helpers shared by the loader tests.</summary>
internal static class StudyTexts
{
    public const string SiteUrl = "http://localhost:5080";

    /// <summary>The smallest valid study, followed by whatever a test appends at top level.</summary>
    public const string MinimalHeader = """
        name: Demo shop
        target: https://shop.example.com
        """;

    /// <summary>A valid single task; tests replace one line to break it.</summary>
    public const string MinimalTask = """
        tasks:
          - id: find-shoes
            title: Find running shoes
            prompt: Find running shoes.
            success:
              - url: /cart
        """;

    public static string Minimal => MinimalHeader + "\n" + MinimalTask + "\n";

    /// <summary>Parses with a fixed environment (DEMO_SITE_URL only) so tests never depend on the machine.</summary>
    public static StudyLoadResult Parse(string yaml, IReadOnlyDictionary<string, string>? environment = null)
    {
        var env = environment ?? new Dictionary<string, string> { ["DEMO_SITE_URL"] = SiteUrl };
        return StudyLoader.Parse(yaml, "study.yaml", name => env.GetValueOrDefault(name));
    }

    /// <summary>"line:col: message" for each diagnostic, the form assertions compare against.</summary>
    public static string[] Located(this StudyLoadResult result) =>
        [.. result.Diagnostics.Select(d => $"{d.Line}:{d.Column}: {d.Message}")];

    /// <summary>The single diagnostic of an invalid study; fails when there are none or several.</summary>
    public static StudyDiagnostic Single(string yaml) => Assert.Single(Parse(yaml).Diagnostics);

    /// <summary>A file next to this source file (fixtures are read in place, so the test project needs no copy step).</summary>
    public static string SourcePath(string relative, [CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, relative));
}
