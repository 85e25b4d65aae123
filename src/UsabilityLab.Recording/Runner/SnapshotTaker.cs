using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// One heatmap backdrop per distinct page and viewport width per run, kept as the page's archive
/// (<see cref="PageArchiver"/>) while the participant goes on: nobody waits for it. <see cref="BackdropPainter"/>
/// paints the archives into images when a report or heatmap first needs them, so the run itself spends no raster
/// work on them (on two cores that work took the participants' CPU).
/// </summary>
internal sealed class SnapshotTaker
{
    private readonly ConcurrentDictionary<(string Page, int Width), bool> _taken = new();
    private readonly ConcurrentDictionary<Task, bool> _saving = new();
    private readonly IRunJournal _journal;
    private readonly CapturePolicy _capture;
    private readonly int _archiveTimeoutMs;

    /// <param name="journal">Where the archives are stored.</param>
    /// <param name="capture">The study's capture policy: whether the query string tells pages apart, and what of a URL is masked.</param>
    /// <param name="archiveTimeoutMs">Longest wait for one archive (it normally takes 10–25 ms; a stuck one is given
    /// up and the page gets its archive on a later visit), and for a new page's load before it, which the participant
    /// waits for.</param>
    public SnapshotTaker(IRunJournal journal, CapturePolicy capture, int archiveTimeoutMs)
    {
        _journal = journal;
        _capture = capture;
        _archiveTimeoutMs = archiveTimeoutMs;
    }

    /// <summary>Starts attaching the DevTools session archives are taken through, so the first archive need not wait for it.</summary>
    public void Prepare(IPage page) => PageArchiver.SessionOf(page).Forget();

    /// <summary>
    /// Starts saving <paramref name="page"/>'s archive when the run has none of its page key yet, and returns without
    /// waiting for it. A new page is first let finish loading, and the page's DevTools session is ready: Chromium is
    /// then asked for the archive before this returns, so before the participant's next action, which may leave the
    /// page (QA mode does not wait for loads otherwise).
    /// </summary>
    public async Task CaptureIfNewAsync(IPage page)
    {
        (string Page, int Width) key = (PageKey.Normalize(_capture.MaskUrl(page.Url), _capture.KeepQuery), page.ViewportSize?.Width ?? 0);
        if (key.Page.Length == 0 || !page.Url.StartsWith("http", StringComparison.Ordinal) || !_taken.TryAdd(key, true))
        {
            return;
        }

        var waiting = Stopwatch.GetTimestamp();
        try
        {
            await PageLoad.WaitAsync(page, _archiveTimeoutMs);
            await PageArchiver.SessionOf(page);
            RunnerMetrics.RecordSettle(waiting);
        }
        catch (PlaywrightException)
        {
            _taken.TryRemove(key, out _); // closed or crashed: the runner finds out next; a later visit saves it
            return;
        }

        var saving = SaveAsync(page, key);
        _saving.TryAdd(saving, true);
        // A save that failed stays until SettleAsync reports it: a store that cannot write must not go unnoticed.
        _ = saving.ContinueWith(done => _saving.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    /// <summary>Waits for the archives being saved (before the run ends); throws when one could not be stored.</summary>
    public Task SettleAsync() => Task.WhenAll(_saving.Keys);

    /// <summary>Waits for the archives being saved without throwing (before a participant's pages close; <see cref="SettleAsync"/> reports failures).</summary>
    public Task SettledAsync() => Task.WhenAll(_saving.Keys).ContinueWith(done => done.Exception, TaskScheduler.Default);

    private async Task SaveAsync(IPage page, (string Page, int Width) key)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (await PageArchiver.CaptureAsync(page, key.Page, _capture, _archiveTimeoutMs) is { } archive)
            {
                if (await _journal.SaveArchiveAsync(archive, CancellationToken.None))
                {
                    RunnerMetrics.RecordBackdrop(started);
                }

                return; // stored now, or already there (a resumed run)
            }
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or KeyNotFoundException)
        {
            // The page closed, crashed or was too slow, or the browser's answer had no archive.
        }

        _taken.TryRemove(key, out _); // a later visit tries again
    }
}
