using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Core.Tests.Studies;

public class StudyLoaderFileTests
{
    private static readonly string ThreeMistakes = StudyTexts.SourcePath("Fixtures/three-mistakes.yaml");
    private static readonly string MinimalExample = StudyTexts.SourcePath("../../../scenarios/examples/minimal.yaml");

    [Fact]
    public void LoadFile_ThreeMistakes_ReportsExactlyThreeAtTheirPositions()
    {
        var result = StudyLoader.LoadFile(ThreeMistakes);

        Assert.False(result.IsValid);
        Assert.Null(result.Study);
        Assert.Equal(
            [
                $"{ThreeMistakes}:8:5: unknown key 'timelimit' in task; did you mean 'timeLimit'?",
                $"{ThreeMistakes}:14:16: timeLimit '90' has no unit; add a unit, e.g. 120s",
                $"{ThreeMistakes}:17:9: duplicate task id 'find-shoes' (first used on line 5); give each task its own id",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void LoadFile_MinimalExample_IsValid()
    {
        var result = StudyLoader.LoadFile(MinimalExample, name => name == "DEMO_SITE_URL" ? StudyTexts.SiteUrl : null);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.IsValid);
        Assert.Equal(new Uri(StudyTexts.SiteUrl), result.Study!.Target);
        Assert.Single(result.Study.Tasks);
    }

    [Fact]
    public void LoadFile_ExistingFile_KeepsTextAndHashesIt()
    {
        var result = StudyLoader.LoadFile(ThreeMistakes);

        var bytes = File.ReadAllBytes(ThreeMistakes);
        Assert.Equal(File.ReadAllText(ThreeMistakes), result.Text);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), result.Sha256);
    }

    [Fact]
    public void LoadFile_MissingFile_ReportsNotFoundAtFirstLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-study-{Guid.NewGuid():N}.yaml");

        var result = StudyLoader.LoadFile(path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((path, 1, 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("study file not found; check the path", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Study);
    }

    [Fact]
    public void LoadFile_Directory_SaysToPassTheFile()
    {
        var directory = Path.GetTempPath();

        var diagnostic = Assert.Single(StudyLoader.LoadFile(directory).Diagnostics);

        Assert.Equal($"{directory} is a directory; pass the study's .yaml file", diagnostic.Message);
    }

    [Fact]
    public void ToString_Diagnostic_UsesCompilerFormat() =>
        Assert.Equal("s.yaml:3:7: boom", new StudyDiagnostic("s.yaml", 3, 7, "boom").ToString());
}
