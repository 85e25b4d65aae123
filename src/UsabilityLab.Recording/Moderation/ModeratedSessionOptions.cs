using UsabilityLab.Browser;
using UsabilityLab.Core.Devices;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Moderation;

/// <summary>What a moderated session needs besides its journals.</summary>
public sealed record ModeratedSessionOptions
{
    /// <summary>The study whose tasks the participant works through.</summary>
    public required Study Study { get; init; }

    /// <summary>The participant's label (e.g. <c>P07</c>); pseudonymous, never a name.</summary>
    public required string Participant { get; init; }

    /// <summary>Browser settings (executable, viewport, locale, timeouts).</summary>
    public required BrowserConfig Browser { get; init; }

    /// <summary>
    /// Browser servers the participant's browser is opened on (a place taken for each browser the session opens, a
    /// context of its own); null: a Chromium launched on this machine, as <see cref="Browser"/> says.
    /// </summary>
    public BrowserPool? Browsers { get; init; }

    /// <summary>Run the participant's browser without a window (tests, machines without a display).</summary>
    public bool Headless { get; init; }

    /// <summary>
    /// A remote participant: their browser runs headless here and is streamed to the participant page, which shows the
    /// consent screen and the task panel; the session starts only on consent (<see cref="Remote.RemoteParticipation"/>),
    /// and the browser is confined to the study's origins.
    /// </summary>
    public bool Remote { get; init; }

    /// <summary>
    /// The Playwright device a remote participant's browser emulates (viewport, scale factor, user agent, touch): theirs
    /// of the study's <c>devices:</c> by their label (<see cref="DeviceAssignment"/>); null for a participant at the
    /// lab's machine, or a study that names no device.
    /// </summary>
    public string? Device => Remote ? DeviceAssignment.For(Study, Participant) : null;

    /// <summary>Extra Chromium switches for the participant's browser.</summary>
    public IReadOnlyList<string> ExtraBrowserArgs { get; init; } = [];

    /// <summary>Limits on the screen frames kept and shown.</summary>
    public FrameCaps Frames { get; init; } = FrameCaps.Default;

    /// <summary>
    /// Take a full-page screenshot of each distinct page as heatmap backdrop, in a separate headless browser so the
    /// participant's page never resizes or flickers. Off in tests that don't need it (it costs a browser).
    /// </summary>
    public bool Backdrops { get; init; } = true;

    /// <summary>Where the session's clocks read real time (task times, pauses, notes); tests move a fake one on.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
