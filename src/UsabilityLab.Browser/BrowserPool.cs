using UsabilityLab.Browser.Servers;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Browser;

/// <summary>
/// The browsers a run's participants take turns in. Launched here: one Chromium per worker, each for one participant at a
/// time, so a crash costs one participant. On browser servers: one connection per endpoint, shared by at most
/// <see cref="RemoteBrowserConfig.PerEndpoint"/> participants (a context each); a participant goes to the endpoint that
/// serves the fewest at that moment, and an endpoint that refuses a new connection is given up for the rest of the run.
/// A browser is opened when first needed and again when the one before was lost.
/// </summary>
public sealed class BrowserPool : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<Member> _members;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BrowserPool(List<Member> members, bool remote)
    {
        _members = members;
        IsRemote = remote;
    }

    /// <summary>Whether the browsers are on browser servers.</summary>
    public bool IsRemote { get; }

    /// <summary>How many participants the pool serves at once (while none of its endpoints is given up).</summary>
    public int Capacity => _members.Sum(m => m.Cap);

    /// <summary>
    /// The pool <paramref name="config"/> asks for: its <c>browser.endpoints</c> when it names any (nothing is looked up
    /// or launched here then), else <paramref name="workers"/> Chromiums launched here, <paramref name="headless"/> or as
    /// configured.
    /// </summary>
    /// <exception cref="InputException">An endpoint is not a <c>ws://</c> address.</exception>
    public static BrowserPool Create(BrowserConfig config, int workers, bool? headless = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        if (config.Browser.Endpoints.Count == 0)
        {
            return new BrowserPool(
                [.. Enumerable.Range(1, workers).Select(i => new Member($"Chromium {i}", 1, () => LabBrowser.LaunchAsync(config, headless), remote: false))],
                remote: false);
        }

        var endpoints = config.Browser.Endpoints.Select(e => BrowserEndpoint.Parse(e, "browser endpoint")).ToList();
        return new BrowserPool(
            [.. endpoints.Select(e => new Member($"browser server {e.Name}", config.Browser.PerEndpoint, () => LabBrowser.ConnectAsync(config, e), remote: true))],
            remote: true);
    }

    /// <summary>How many participants a run drives at once when it does not say: one here, every slot of the endpoints (at most 32).</summary>
    public static int DefaultWorkers(BrowserConfig config) =>
        config.Browser.Endpoints.Count == 0 ? 1 : Math.Min(MaxWorkers, config.Browser.Endpoints.Count * config.Browser.PerEndpoint);

    /// <summary>The most participants one run drives at once.</summary>
    public const int MaxWorkers = 32;

    /// <summary>
    /// A browser for one participant, held until the lease is disposed; waits while every browser serves as many as it
    /// may. On browser servers, an endpoint that refuses a connection is given up and the next one asked.
    /// </summary>
    /// <exception cref="EnvironmentProblemException">Chromium could not be launched, or every browser server is given up.</exception>
    public async Task<BrowserLease> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Member? member;
            Task changed;
            lock (_gate)
            {
                if (_members.All(m => m.Gone is not null))
                {
                    throw new EnvironmentProblemException(
                        $"every browser server is gone ({string.Join("; ", _members.Select(m => m.Gone))})");
                }

                member = _members.Where(m => m.Gone is null && m.Active < m.Cap).MinBy(m => m.Active);
                if (member is not null)
                {
                    member.Active++;
                }

                changed = _changed.Task;
            }

            if (member is null)
            {
                await changed.WaitAsync(cancellationToken);
                continue;
            }

            try
            {
                return new BrowserLease(this, member, await member.OpenAsync(cancellationToken));
            }
            catch (EnvironmentProblemException ex) when (member.Remote)
            {
                Leave(member, gone: ex.Message);
            }
            catch
            {
                Leave(member, gone: null);
                throw;
            }
        }
    }

    /// <summary>Closes every browser (connections: only this pool's contexts on the servers end).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var member in _members)
        {
            await member.DisposeAsync();
        }
    }

    /// <summary>Ends a lease: the slot is free again, and a browser replaced meanwhile is closed once nobody uses it.</summary>
    internal async ValueTask ReleaseAsync(Member member, LabBrowser browser)
    {
        await member.ReleaseAsync(browser);
        Leave(member, gone: null);
    }

    private void Leave(Member member, string? gone)
    {
        lock (_gate)
        {
            member.Active--;
            member.Gone ??= gone;
            var changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            changed.TrySetResult();
        }
    }

    /// <summary>One browser of the pool (a launch here, or an endpoint's connection) and the participants it serves.</summary>
    internal sealed class Member(string name, int cap, Func<Task<LabBrowser>> open, bool remote) : IAsyncDisposable
    {
        private readonly SemaphoreSlim _opening = new(1, 1);
        private readonly Dictionary<LabBrowser, int> _holders = [];
        private LabBrowser? _current;

        public string Name { get; } = name;

        /// <summary>The most participants it serves at once.</summary>
        public int Cap { get; } = cap;

        /// <summary>A browser server's connection, which may be given up; a launch here is retried as long as the run goes on.</summary>
        public bool Remote { get; } = remote;

        /// <summary>Participants holding or taking a lease on it (guarded by the pool's lock).</summary>
        public int Active { get; set; }

        /// <summary>Why it was given up; null while it serves.</summary>
        public string? Gone { get; set; }

        /// <summary>The browser, opened now when there is none or the last one was lost; the caller then holds it.</summary>
        public async Task<LabBrowser> OpenAsync(CancellationToken cancellationToken)
        {
            await _opening.WaitAsync(cancellationToken);
            try
            {
                if (_current is not { Browser.IsConnected: true })
                {
                    var lost = _current;
                    _current = null;
                    if (lost is not null && !_holders.ContainsKey(lost))
                    {
                        // Nobody else is in it: close it now. Otherwise the last one out closes it (ReleaseAsync), not
                        // this one, under participants still finding out that it is gone.
                        await lost.DisposeAsync();
                    }

                    _current = await open();
                }

                _holders[_current] = _holders.GetValueOrDefault(_current) + 1;
                return _current;
            }
            finally
            {
                _opening.Release();
            }
        }

        public async Task ReleaseAsync(LabBrowser browser)
        {
            await _opening.WaitAsync();
            try
            {
                var left = _holders[browser] - 1;
                if (left > 0)
                {
                    _holders[browser] = left;
                    return;
                }

                _holders.Remove(browser);
                if (browser != _current)
                {
                    await browser.DisposeAsync();
                }
            }
            finally
            {
                _opening.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var browser in _holders.Keys.Append(_current).OfType<LabBrowser>().Distinct())
            {
                await browser.DisposeAsync();
            }

            _holders.Clear();
            _current = null;
            _opening.Dispose();
        }
    }
}
