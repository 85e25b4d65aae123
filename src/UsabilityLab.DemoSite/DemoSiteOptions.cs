namespace UsabilityLab.DemoSite;

/// <summary>Settings for <see cref="DemoSiteHost"/>.</summary>
public sealed record DemoSiteOptions
{
    /// <summary>
    /// TCP port on 127.0.0.1. 0 (the default) lets the OS pick a free port, so parallel test runs and study runs
    /// never collide; read the result from <see cref="DemoSiteHost.BaseUrl"/>.
    /// </summary>
    public int Port { get; init; }

    /// <summary>
    /// How long <c>/search</c> waits before answering: the "slow search" trap. Tests set it short; the demo study
    /// relies on the default being long enough to be noticed.
    /// </summary>
    public TimeSpan SearchDelay { get; init; } = TimeSpan.FromMilliseconds(800);

    /// <summary>The clock the search delay runs on; tests pass their own to see the delay without timing it.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
