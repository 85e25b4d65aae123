namespace UsabilityLab.Cli.Tests.Commands;

[Collection(CliCollection.Name)]
public sealed class UsageTests
{
    [Fact]
    public async Task Help_ListsTheCommandsThatExist()
    {
        var result = await CliRunner.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "run", "validate", "analyze", "demo", "demo-site", "browser-server" })
        {
            Assert.Matches($@"(?m)^\s+{command}\b", result.Out);
        }

        // The moderated session is the lab server's command; the CLI's help says where it is.
        Assert.Contains("./lab moderate --help", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheProductVersion()
    {
        var result = await CliRunner.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out.Trim());
    }

    [Fact]
    public async Task UnknownCommand_OneClearLine_ExitCode2()
    {
        var result = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal("lab: unknown command 'frobnicate' (run './lab --help' for usage)", line);
    }

    [Fact]
    public async Task BadOptionValue_ExitCode2()
    {
        var result = await CliRunner.RunAsync("run", "x.yaml", "--persona", "sloppy");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sloppy", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ThreeMistakes_ThreeFileLineColumnLines_ExitCode2()
    {
        var file = CliRunner.RepositoryFile("tests/UsabilityLab.Core.Tests/Studies/Fixtures/three-mistakes.yaml");

        var result = await CliRunner.RunAsync("validate", file);

        Assert.Equal(2, result.ExitCode);
        var located = result.ErrorLines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"three-mistakes\.yaml:\d+:\d+: ")).ToList();
        Assert.Equal(3, located.Count);
        Assert.Contains(located, l => l.Contains("did you mean 'timeLimit'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_DemoStudy_Ok()
    {
        using var env = new EnvironmentScope().Set("DEMO_SITE_URL", "http://127.0.0.1:9/");

        var result = await CliRunner.RunAsync("validate", CliRunner.RepositoryFile("scenarios/demo-shop.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("5 tasks", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidStudy_WritesNothing_ExitCode2()
    {
        var folder = Directory.CreateTempSubdirectory("lab-cli-");
        var db = Path.Combine(folder.FullName, "lab.db");
        var file = CliRunner.RepositoryFile("tests/UsabilityLab.Core.Tests/Studies/Fixtures/three-mistakes.yaml");

        var result = await CliRunner.RunAsync("run", file, "--db", db);

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(db));
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task BrokenBrowserConfig_FileLineColumn_ExitCode2()
    {
        var folder = Directory.CreateTempSubdirectory("lab-cfg-");
        var config = Path.Combine(folder.FullName, "playwright.config.json");
        await File.WriteAllTextAsync(config, "{\n  \"headless\": true,\n  \"viewport\": { \"width\": 1280 \"height\": 800 }\n}");
        using var env = new EnvironmentScope().Set("USABILITYLAB_CONFIG", config).Set("DEMO_SITE_URL", "http://127.0.0.1:9/");

        var result = await CliRunner.RunAsync("run", CliRunner.RepositoryFile("scenarios/demo-shop.yaml"), "--db", Path.Combine(folder.FullName, "lab.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"^\S*playwright\.config\.json:3:\d+: ", Assert.Single(result.ErrorLines));
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task MissingBrowser_OneLine_ExitCode3()
    {
        var folder = Directory.CreateTempSubdirectory("lab-cfg-");
        var config = Path.Combine(folder.FullName, "playwright.config.json");
        await File.WriteAllTextAsync(config, "{ \"executablePath\": \"/nonexistent/chromium\" }");
        using var env = new EnvironmentScope().Set("USABILITYLAB_CONFIG", config).Set("DEMO_SITE_URL", "http://127.0.0.1:9/");

        var result = await CliRunner.RunAsync("run", CliRunner.RepositoryFile("scenarios/demo-shop.yaml"), "--db", Path.Combine(folder.FullName, "lab.db"));

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("/nonexistent/chromium", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.FullName, "lab.db")));
        folder.Delete(recursive: true);
    }
}
