using System.IO.Compression;
using System.Net;
using System.Text.Json;
using UglyToad.PdfPig;

namespace UsabilityLab.Server.Tests.Dashboard;

/// <summary>The run page's downloads are the files <c>lab report</c> and <c>lab export</c> make, with names a person can keep.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardDownloadsTests(DashboardFixture fixture)
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromMinutes(2) };

    [Fact]
    public async Task Pdf_Download_IsTheReportWithTheStudyAndItsTasks()
    {
        using var response = await GetAsync("report.pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"run-{fixture.Runs.First}-report.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Demo shop", text, StringComparison.Ordinal);
        Assert.Contains("Apply a coupon", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvZip_Download_HoldsTheAttemptsOfEveryParticipant()
    {
        using var response = await GetAsync("export.zip");

        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var attempts = zip.GetEntry("attempts.csv") ?? throw new InvalidOperationException($"no attempts.csv in {string.Join(", ", zip.Entries.Select(e => e.FullName))}");
        using var reader = new StreamReader(await attempts.OpenAsync());
        var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + (4 * 5), lines.Length); // a header, then 4 participants × 5 tasks
    }

    [Fact]
    public async Task Json_Download_IsThisRun()
    {
        using var response = await GetAsync("export.json");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(fixture.Runs.First, json.RootElement.GetProperty("run").GetInt64());
        Assert.Equal("Demo shop", json.RootElement.GetProperty("study").GetString());
    }

    [Fact]
    public async Task Download_OfAnUnknownKind_Is404()
    {
        using var response = await Client.GetAsync(new Uri(fixture.Server.Root, $"/runs/{fixture.Runs.First}/download/passwords.txt"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string kind)
    {
        var response = await Client.GetAsync(new Uri(fixture.Server.Root, $"/runs/{fixture.Runs.First}/download/{kind}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}
