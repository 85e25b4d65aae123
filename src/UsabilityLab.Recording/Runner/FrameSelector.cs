namespace UsabilityLab.Recording.Runner;

/// <summary>What a study's selector says about frames: Playwright's <c>FRAME &gt;&gt; internal:control=enter-frame &gt;&gt; ELEMENT</c>
/// (the form the recorder names elements in frames by, and study authors copy).</summary>
internal static class FrameSelector
{
    private const string EnterFrame = "internal:control=enter-frame";

    /// <summary>Whether the selector's element is inside a frame.</summary>
    public static bool EntersFrame(string selector) => selector.Contains(EnterFrame, StringComparison.Ordinal);
}
