using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Application.Runs;
using UsabilityLab.Browser;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Application.Tests.Runs;

/// <summary>A recording's run is stamped on the clock its settings give it.</summary>
public sealed class StudyRecordingClockTests
{
    private const string Study = """
        name: Clock study
        target: http://shop.test/
        tasks:
          - id: find
            title: Find it
            prompt: Find it.
            start: /
            success:
              - url: /found
            steps:
              - click: "#go"
        """;

    [Fact]
    public async Task OpenAsync_OnAFakeClock_RunStartsAtThatClocksNow()
    {
        var folder = Directory.CreateTempSubdirectory("lab-app-clock-");
        try
        {
            var now = new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);
            var source = StudyLoader.Parse(Study, "clock.yaml");
            Assert.True(source.IsValid, string.Join("; ", source.Diagnostics));
            var settings = new RecordSettings(source, null, Path.Combine(folder.FullName, "lab.db"), new ScriptedRunOptions())
            {
                Time = new FakeTimeProvider(now),
                // Opening only checks that the browser is there; it is launched for the first participant, which this
                // test never gets to: any existing file will do.
                Browser = new BrowserConfig { ExecutablePath = Environment.ProcessPath! },
            };

            await using (var recording = await StudyRecording.OpenAsync(settings, CancellationToken.None))
            {
                var run = Assert.Single(await new StoredRuns(recording.Store).ListAsync(null, 10, CancellationToken.None));
                Assert.Equal((recording.RunId, now, (DateTimeOffset?)null), (run.Id, run.StartedAt, run.EndedAt));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
