namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// One round of presses on a remote participant page (<see cref="RemoteParticipantRig.PressAsync"/>): per press the
/// latency until the canvas showed it (-1: never within 3 s) and the press time, and when the lab's page saw each
/// mousedown (epoch ms; both browsers run on one machine, so one clock).
/// </summary>
internal sealed record PressRun(IReadOnlyList<double[]> Samples, IReadOnlyList<double> Arrivals)
{
    /// <summary>Latencies of the presses that showed, in ms.</summary>
    public IReadOnlyList<double> Seen => [.. Samples.Where(s => s[0] >= 0).Select(s => s[0])];

    /// <summary>Presses that never showed within 3 s.</summary>
    public int Missed => Samples.Count - Seen.Count;

    /// <summary>Press → mousedown in the lab's page (input's way in) per press; null when the arrivals don't pair up with the presses.</summary>
    public IReadOnlyList<double>? Inbound => Arrivals.Count == Samples.Count ? [.. Samples.Select((s, i) => Arrivals[i] - s[1])] : null;

    /// <summary>Mousedown in the lab's page → frame drawn on the canvas (frame's way out) per press that showed; null as <see cref="Inbound"/>.</summary>
    public IReadOnlyList<double>? Outbound => Arrivals.Count == Samples.Count
        ? [.. Samples.Select((s, i) => (Seen: s[0], In: Arrivals[i] - s[1])).Where(p => p.Seen >= 0).Select(p => p.Seen - p.In)]
        : null;
}
