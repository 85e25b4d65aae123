using System.Collections.Concurrent;
using Microsoft.Playwright;
using UsabilityLab.Core.Files;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// One heatmap backdrop per distinct page and viewport width per run, and one per further view of it that a click is
/// made in (a single-page app's editor or dialog, told apart by the recorder's structural hash; at most
/// <see cref="MaxViewsPerPage"/> per page), kept as the page's archive
/// (<see cref="PageArchiver"/>) while the participant goes on: nobody waits for it. <see cref="BackdropPainter"/>
/// paints the archives into images when a report or heatmap first needs them, so the run itself spends no raster
/// work on them (on two cores that work took the participants' CPU). A page over <see cref="BackdropLimits"/> keeps
/// only its first screen, with a note saying so.
/// </summary>
/// <param name="journal">Where the archives are stored.</param>
/// <param name="capture">The study's capture policy: whether the query string tells pages apart, and what of a URL is masked.</param>
/// <param name="archiveTimeoutMs">Longest wait for one archive (it normally takes 10–25 ms; a stuck one is given
/// up and the page gets its archive on a later visit), and the time a new page has from its navigation to load
/// before it, which the participant waits for (a page still being read after it keeps only its first screen).</param>
/// <param name="time">The clock a new page's time to load is measured on, and its wait for the load runs on (the system's when null).</param>
internal sealed class BackdropTaker(IRunJournal journal, CapturePolicy capture, int archiveTimeoutMs, TimeProvider? time = null)
{
    /// <summary>Pictures of one page layout at most, its first included: each costs the renderer an archive (10–25 ms)
    /// and the first report a painting; an app whose every click makes a new view (a growing list) stops here.</summary>
    public const int MaxViewsPerPage = 8;

    /// <summary>The view's hash once the document is parsed: a half-parsed page is no view. The page waits for it
    /// itself (Playwright .NET's own load-state wait can miss the event, see <see cref="PageLoad"/>).</summary>
    private const string StateScript = """
        () => {
          const state = () => window.__usabilityLab && window.__usabilityLab.state ? window.__usabilityLab.state() : null;
          return document.readyState !== 'loading' ? state()
            : new Promise(parsed => addEventListener('DOMContentLoaded', () => parsed(state()), { once: true }));
        }
        """;

    /// <summary>Pages whose first picture is taken: true when archived whole (its views may be kept too).</summary>
    private readonly ConcurrentDictionary<(string Page, int Width), bool> _taken = new();
    private readonly ConcurrentDictionary<(string Page, int Width, string State), bool> _views = new();

    /// <summary>The save of each page's first picture: a view's picture is stored after it (archives finish in any
    /// order), so the page's first row is the page as first seen, which stands for its views without a picture.</summary>
    private readonly ConcurrentDictionary<(string Page, int Width), Task> _firsts = new();
    private readonly ConcurrentDictionary<Task, bool> _saving = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>
    /// Starts attaching the DevTools session archives are taken through, so the first archive need not wait for it,
    /// and watching the page's navigations (a page's time to load counts from its navigation).
    /// </summary>
    public void Prepare(IPage page)
    {
        PageAge.Watch(page, _time);
        PageArchiver.SessionOf(page).Forget();
    }

    /// <summary>
    /// Starts saving <paramref name="page"/>'s archive when the run has none of its page key yet, and returns without
    /// waiting for it. A new page is first let finish loading, and the page's DevTools session is ready: Chromium is
    /// then asked for the archive before this returns, so before the participant's next action, which may leave the
    /// page (QA mode does not wait for loads otherwise). A page over the caps (<see cref="BackdropLimits"/>) is not
    /// archived: an archive blocks the page, so the participant, for seconds there. Its first screen is kept instead,
    /// with a note saying so; that picture is awaited (100–370 ms), so it is of the page the participant saw.
    /// </summary>
    public async Task CaptureIfNewAsync(IPage page)
    {
        var key = KeyOf(page);
        if (key.Page.Length == 0 || !_taken.TryAdd(key, true))
        {
            return;
        }

        var waiting = _time.GetTimestamp();
        var shooting = waiting;
        PageScreenshot? firstScreen = null;
        string? why;
        var state = "";
        try
        {
            // A page has this long from its navigation to load, not from now: one the runner waited for already (a
            // task's start page, 30 s for a 25 MB one) is not waited for again, the participant's time running on.
            var loadWaitMs = (int)Math.Clamp(archiveTimeoutMs - (PageAge.SinceNavigationMs(page) ?? 0), 0, archiveTimeoutMs);
            if (loadWaitMs > 0)
            {
                await PageLoad.WaitAsync(page, loadWaitMs, _time);
            }

            await PageArchiver.SessionOf(page);
            var weight = await PageWeight.MeasureAsync(page, archiveTimeoutMs);
            RunnerMetrics.RecordSettle(_time, waiting);
            why = weight.WhyNotWhole((int)(PageAge.SinceNavigationMs(page) ?? loadWaitMs));
            if (why is not null)
            {
                _taken[key] = false; // a first screen only: its other views are not kept either
                shooting = _time.GetTimestamp();
                firstScreen = await FirstScreenAsync(page, key, weight, BackdropLimits.FirstScreenOnly(why));
            }
            else
            {
                // The view the first picture shows (read with the weight: one call to the page), so that clicks made in
                // it are drawn on it and it is not kept twice.
                state = weight.State;
                _views.TryAdd((key.Page, key.Width, state), true);
            }
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or FormatException)
        {
            _taken.TryRemove(key, out _); // closed, crashed or busy: the runner finds out next; a later visit saves it
            return;
        }

        if (why is not null && firstScreen is null)
        {
            _taken.TryRemove(key, out _); // scrolled: a later visit may show the first screen
            return;
        }

        _firsts[key] = Track(firstScreen is null ? SaveAsync(page, key, state, Task.CompletedTask) : StoreAsync(firstScreen, shooting));
    }

    /// <summary>
    /// Before a click on <paramref name="selector"/>: starts saving the archive of the view the page shows when the run
    /// has no picture of it yet (the recorder's structural hash tells views apart), and returns without waiting for it;
    /// Chromium is asked for it before this returns, so before the click changes the view. The hash is read in one call
    /// to the page once its document is parsed (a half-parsed page is no view), without waiting for the target: that wait
    /// (an element handle in the page's world) cost a click 50–90 ms and a page being read the same again, while the
    /// click waits for its target anyway. A view a single-page app renders a moment after this read gets its picture at
    /// the next click made in it, which stands for the clicks made there before (they carry the same hash). Nothing is
    /// read for a target in a frame (the top page's view is not known there), for a page whose first picture is not
    /// taken, or not whole, or that has <see cref="MaxViewsPerPage"/> pictures.
    /// </summary>
    public async Task CaptureViewIfNewAsync(IPage page, string selector)
    {
        var (pageKey, width) = KeyOf(page);
        if (FrameSelector.EntersFrame(selector) || !_taken.TryGetValue((pageKey, width), out var whole) || !whole || _views.Keys.Count(v => v.Page == pageKey && v.Width == width) >= MaxViewsPerPage)
        {
            return;
        }

        string? state;
        var asking = _time.GetTimestamp();
        try
        {
            state = await page.EvaluateAsync<string?>(StateScript);
        }
        catch (PlaywrightException)
        {
            return; // the page went on (navigated, closed): the click finds out
        }
        finally
        {
            RunnerMetrics.RecordViewCheck(_time, asking);
        }

        if (state is not { Length: > 0 } || !_views.TryAdd((pageKey, width, state), true))
        {
            return; // a page without the recorder (not the web's), or a view kept already
        }

        _ = Track(SaveAsync(page, (pageKey, width), state, _firsts.GetValueOrDefault((pageKey, width), Task.CompletedTask)));
    }

    /// <summary>The page key and viewport width of <paramref name="page"/>; an empty key for a page that is not the web's.</summary>
    private (string Page, int Width) KeyOf(IPage page) =>
        (page.Url.StartsWith("http", StringComparison.Ordinal) ? PageKey.Normalize(capture.MaskUrl(page.Url), capture.KeepQuery) : "", page.ViewportSize?.Width ?? 0);

    private Task Track(Task saving)
    {
        _saving.TryAdd(saving, true);
        // A save that failed stays until SettleAsync reports it: a store that cannot write must not go unnoticed.
        _ = saving.ContinueWith(done => _saving.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        return saving;
    }

    /// <summary>Waits for the archives being saved (before the run ends); throws when one could not be stored.</summary>
    public Task SettleAsync() => Task.WhenAll(_saving.Keys);

    /// <summary>Waits for the archives being saved without throwing (before a participant's pages close; <see cref="SettleAsync"/> reports failures).</summary>
    public Task SettledAsync() => Task.WhenAll(_saving.Keys).ContinueWith(done => done.Exception, TaskScheduler.Default);

    /// <summary>
    /// The first screen of a page over the caps, with <paramref name="note"/>; null when the page is scrolled away from
    /// its top (opened at an anchor): that is another screen, and a later visit may show the first.
    /// </summary>
    private async Task<PageScreenshot?> FirstScreenAsync(IPage page, (string Page, int Width) key, PageWeight weight, string note)
    {
        if (weight.Scrolled || page.ViewportSize is not { } viewport)
        {
            return null;
        }

        using var gone = new PageGone(page);
        var session = await PageArchiver.SessionOf(page);
        var jpeg = await gone.WhileThereAsync(FirstScreen.TakeAsync(session, viewport.Width, viewport.Height, BackdropPainter.JpegQuality), archiveTimeoutMs);
        var (width, height) = ImageSize.Read(jpeg);
        return new PageScreenshot(key.Page, key.Width, width, height, weight.Title, jpeg, note);
    }

    private async Task StoreAsync(PageScreenshot firstScreen, long started)
    {
        if (await journal.SaveScreenshotAsync(firstScreen, CancellationToken.None))
        {
            RunnerMetrics.RecordBackdrop(_time, started);
        }
    }

    private async Task SaveAsync(IPage page, (string Page, int Width) key, string state, Task after)
    {
        var started = _time.GetTimestamp();
        try
        {
            if (await PageArchiver.CaptureAsync(page, key.Page, capture, archiveTimeoutMs) is { } archive)
            {
                await after.ContinueWith(_ => { }, TaskScheduler.Default); // its failure is its own save's to report
                if (await journal.SaveArchiveAsync(archive with { State = state }, CancellationToken.None))
                {
                    RunnerMetrics.RecordBackdrop(_time, started);
                }

                return; // stored now, or already there (a resumed run)
            }
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or KeyNotFoundException)
        {
            // The page closed, crashed or was too slow, or the browser's answer had no archive.
        }

        // A later visit tries again: the page's first picture, or this view.
        _views.TryRemove((key.Page, key.Width, state), out _);
        if (_views.Keys.All(v => v.Page != key.Page || v.Width != key.Width))
        {
            _taken.TryRemove(key, out _);
        }
    }
}
