using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using UsabilityLab.Application;
using UsabilityLab.Core.Runs;
using UsabilityLab.Server.Dashboard;

namespace UsabilityLab.Server.Tests.Dashboard;

/// <summary>
/// A run page opened while its run records: the progress line follows the participants as they finish (server-sent
/// events, no reload), and when the run ends the page shows its results.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class LiveProgressTests(DashboardFixture fixture)
{
    [Fact]
    public async Task RunPage_WhileTheRunRecords_FollowsItsParticipantsThenShowsTheResults()
    {
        var folder = Directory.CreateTempSubdirectory("lab-live-");
        try
        {
            var database = Path.Combine(folder.FullName, "lab.db");
            await using var recording = await fixture.OpenRecordingAsync(database, participants: 2, seed: 11, workers: 1);
            var store = await LabStore.OpenExistingAsync(database, CancellationToken.None);
            await using var server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0), store);
            var context = await fixture.Browser.Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(server.Root, $"/runs/{recording.RunId}").ToString());
            var live = page.Locator("[data-progress-text]");
            await Assertions.Expect(live).ToHaveTextAsync("0 of 2 participants done");
            // A mark on this document: it survives only as long as the page is not reloaded.
            await page.EvaluateAsync("() => { window.notReloaded = true; }");

            var recorded = recording.RecordAsync(null, null, CancellationToken.None);
            await Assertions.Expect(live).ToHaveTextAsync("1 of 2 participants done", new() { Timeout = 90_000 });
            Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the progress came as an event, not by reloading");
            Assert.Equal("1", await page.Locator("p.live progress").GetAttributeAsync("value"));

            Assert.Equal(RunStatus.Completed, (await recorded).Status);
            // The run has ended: the page reloads itself and shows the results instead of the progress line (the
            // reload waits for the run's first analysis, seconds on a busy machine).
            await Assertions.Expect(page.Locator("[data-progress]")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Apply a coupon");
            Assert.False(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the ended run was shown by reloading");
            await context.CloseAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
