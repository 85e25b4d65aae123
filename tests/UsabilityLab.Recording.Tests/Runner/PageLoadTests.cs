using System.Reflection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>
/// The runner's wait for a page's load when Playwright's own wait goes deaf: Playwright .NET 1.64 looks at the frame's
/// load states and then subscribes to the next one without a lock, so a load landing in between is never heard.
/// The wait's clock is a fake one that the tests move on, so its second and its timeout pass without sleeping.
/// </summary>
public sealed class PageLoadTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30); // real time, for a hang only: the fake clock decides

    [Theory]
    [InlineData("loading", true)] // the load lands while Playwright sets up its wait: the page's Load event ends it
    [InlineData("complete", false)] // no word of the load at all: asked after a second, the page says it is complete
    public async Task Wait_PlaywrightsOwnWaitMissesTheLoad_TrueAllTheSame(string readyState, bool loadLandsWhileAsked)
    {
        var time = new FakeTimeProvider();
        var page = DeafPage.Create(readyState, loadLandsWhileAsked, time);

        var waiting = PageLoad.WaitAsync(page, timeoutMs: 600_000, time);
        time.Advance(TimeSpan.FromMilliseconds(PageLoad.AskEveryMs));

        Assert.True(await waiting.WaitAsync(Guard));
    }

    [Fact]
    public async Task Wait_PageThatNeverLoads_FalseAtPlaywrightsTimeout()
    {
        var time = new FakeTimeProvider();
        var page = DeafPage.Create(readyState: "loading", loadLandsWhileAsked: false, time, timesOut: true);

        var waiting = PageLoad.WaitAsync(page, timeoutMs: 2_500, time);
        time.Advance(TimeSpan.FromMilliseconds(2_499));
        Assert.False(waiting.IsCompleted); // the page, asked each second, still says it is loading
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.False(await waiting.WaitAsync(Guard));
    }

    /// <summary>An <see cref="IPage"/> whose <c>WaitForLoadStateAsync</c> never answers (or only with its timeout).</summary>
    public class DeafPage : DispatchProxy
    {
        private readonly List<EventHandler<IPage>> _loadHandlers = [];
        private string _readyState = "";
        private bool _loadLandsWhileAsked;
        private bool _timesOut;
        private TimeProvider _time = TimeProvider.System;

        public static IPage Create(string readyState, bool loadLandsWhileAsked, TimeProvider time, bool timesOut = false)
        {
            var page = Create<IPage, DeafPage>();
            var deaf = (DeafPage)(object)page;
            (deaf._readyState, deaf._loadLandsWhileAsked, deaf._time, deaf._timesOut) = (readyState, loadLandsWhileAsked, time, timesOut);
            return page;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            switch (targetMethod?.Name)
            {
                case "add_Crash" or "remove_Crash" or "add_Close" or "remove_Close":
                    return null;
                case "add_Load":
                    _loadHandlers.Add((EventHandler<IPage>)args![0]!);
                    return null;
                case "remove_Load":
                    _loadHandlers.Remove((EventHandler<IPage>)args![0]!);
                    return null;
                case nameof(IPage.WaitForLoadStateAsync):
                    if (_loadLandsWhileAsked)
                    {
                        // readyState stays as it was: only the heard Load event can end the wait.
                        foreach (var handler in _loadHandlers.ToList())
                        {
                            handler(this, (IPage)(object)this);
                        }
                    }

                    var timeout = ((PageWaitForLoadStateOptions?)args![1])?.Timeout ?? 30_000;
                    return _timesOut
                        ? Task.Delay(TimeSpan.FromMilliseconds(timeout), _time).ContinueWith(_ => throw new TimeoutException("Timeout exceeded"), TaskScheduler.Default)
                        : new TaskCompletionSource().Task; // the load went unheard
                case nameof(IPage.EvaluateAsync) when targetMethod.ReturnType == typeof(Task<bool>):
                    return Task.FromResult(_readyState == "complete");
                default:
                    throw new NotSupportedException(targetMethod?.Name);
            }
        }
    }
}
