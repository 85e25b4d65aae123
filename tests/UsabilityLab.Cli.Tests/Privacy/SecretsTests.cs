using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Cli.Tests.Privacy;

/// <summary>
/// What a participant types stays out of every byte the lab writes: the database, its log, the run's JSON, exports,
/// heatmaps and reports — also when a form sends it with GET (into the URL, the page's address, and a page that
/// echoes it into a field), when it comes from the environment, and after the page archives were dropped.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class SecretsTests : IAsyncLifetime
{
    private const string Email = "alex.secretname@example.com";
    private const string Password = "Zebra-Sw0rd-5521";
    private const string Card = "4111 1111 1111 1111";

    private const string LoginPage = """
        <!doctype html><title>Sign in</title>
        <form method="get" action="/welcome">
          <input type="hidden" name="ref" value="newsletter">
          <label>E-mail <input id="email" name="email"></label>
          <label>Password <input id="password" name="password" type="password"></label>
          <label>Card <input id="card" name="card"></label>
          <button id="go">Sign in</button>
        </form>
        """;

    private LoopbackSite _site = null!;
    private DirectoryInfo _folder = null!;

    private string Db => Path.Combine(_folder.FullName, "lab.db");

    private string StudyFile => Path.Combine(_folder.FullName, "study", "sign-in.yaml");

    public async Task InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync(
            new Dictionary<string, string> { ["/login"] = LoginPage },
            new Dictionary<string, RequestDelegate> { ["/welcome"] = EchoAsync });
        _folder = Directory.CreateTempSubdirectory("lab-secrets-");
        Directory.CreateDirectory(Path.GetDirectoryName(StudyFile)!);
        await File.WriteAllTextAsync(StudyFile, $$"""
            name: Sign-in study
            target: ${LAB_SECRET_SITE}
            participants: { count: 1, seed: 2 }
            capture: { keepQueryParams: [ref] }
            tasks:
              - id: sign-in
                title: Sign in
                prompt: Sign in with your account.
                start: /login
                success: [ { text: Welcome } ]
                steps:
                  - fill: { selector: "#email", value: "{{Email}}" }
                  - fill: { selector: "#password", value: "${LAB_SECRET_PASSWORD}" }
                  - fill: { selector: "#card", value: "{{Card}}" }
                  - click: "#go"
            """);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Run_GetFormWithSecrets_LeavesThemInNoByteOfTheDatabaseItsLogExportsHeatmapsOrReports()
    {
        using var env = new EnvironmentScope().Set("LAB_SECRET_SITE", _site.BaseUrl.ToString()).Set("LAB_SECRET_PASSWORD", Password).Set("USABILITYLAB_CONFIG", null);
        var output = Path.Combine(_folder.FullName, "out");

        var run = await CliRunner.RunAsync("run", StudyFile, "--persona", "exact", "--db", Db, "--out", output);
        var unpainted = Scan(); // the page archives are still stored (compressed) until the first report paints them
        var csv = await CliRunner.RunAsync("export", "1", "--db", Db, "--format", "csv", "--out", Path.Combine(output, "csv"));
        var json = await CliRunner.RunAsync("export", "1", "--db", Db, "--format", "json", "--out", Path.Combine(output, "json"));
        var heatmap = await CliRunner.RunAsync("heatmap", "1", "--db", Db, "--out", Path.Combine(output, "heatmaps"));
        var report = await CliRunner.RunAsync("report", "1", "--db", Db, "--out", Path.Combine(output, "report"));

        Assert.Equal(0, run.ExitCode);
        Assert.All([csv, json, heatmap, report], r => Assert.True(r.ExitCode == 0, r.Error));
        Assert.Empty(unpainted);
        Assert.Empty(Scan());
        var navigations = await NavigationUrlsAsync();
        Assert.Contains(navigations, url => url.EndsWith("/welcome?ref=newsletter&email=***&password=***&card=***", StringComparison.Ordinal));
        Assert.Contains("Sign-in study", File.ReadAllText(Path.Combine(output, "report", "report.html")), StringComparison.Ordinal); // the scan reads what was written
        Assert.Contains("Sign in with your account", File.ReadAllText(Path.Combine(output, "csv", "attempts.csv")) + File.ReadAllText(Db), StringComparison.Ordinal);
    }

    /// <summary>Where the secrets were found, in every file the lab wrote (the study file, ours, holds two of them).</summary>
    private List<string> Scan()
    {
        SqliteConnection.ClearAllPools();
        var written = Directory.EnumerateFiles(_folder.FullName, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Path.GetDirectoryName(StudyFile)!, StringComparison.Ordinal));
        return SecretScan.Find(written, [Email, Password, Card]);
    }

    private async Task<List<string>> NavigationUrlsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Db}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Url FROM Events WHERE Kind = 'Navigation' AND Url IS NOT NULL";
        var urls = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            urls.Add(reader.GetString(0));
        }

        return urls;
    }

    /// <summary>Welcome page that echoes what came in the URL into fields, as search pages do with their query.</summary>
    private static Task EchoAsync(HttpContext context)
    {
        string Field(string name) => WebUtility.HtmlEncode(context.Request.Query[name].ToString());
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!doctype html><title>Welcome</title><h1>Welcome</h1>
            <input id="again" value="{Field("email")}"><textarea id="card">{Field("card")}</textarea>
            """);
    }
}
