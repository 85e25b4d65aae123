using System.Text.Json;
using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>What the page showed of an action's effect within the effect window.</summary>
internal enum PageEffect
{
    /// <summary>No DOM change (as the recorder counts them) and no navigation.</summary>
    Quiet,

    /// <summary>The DOM changed.</summary>
    Changed,

    /// <summary>The page started a cross-document navigation (or was already gone when asked).</summary>
    Navigating,
}
