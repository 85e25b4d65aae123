using System.Globalization;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>Share of participants who saw each depth of a page.</summary>
/// <param name="PageHeight">Page height in CSS px.</param>
/// <param name="Participants">Participants who opened the page.</param>
/// <param name="Step">Distance between samples in CSS px.</param>
/// <param name="Shares">Share (0–1) of participants whose deepest visible point reached depth <c>i · Step</c>.</param>
public sealed record ScrollDepthCurve(int PageHeight, int Participants, int Step, IReadOnlyList<double> Shares)
{
    /// <summary>Share of participants who saw depth <paramref name="depth"/> (CSS px from the top).</summary>
    public double ShareAt(double depth) =>
        Shares.Count == 0 ? 0 : Shares[Math.Clamp((int)Math.Ceiling(depth / Step), 0, Shares.Count - 1)];
}
