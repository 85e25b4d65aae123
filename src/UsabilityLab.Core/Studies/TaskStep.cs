namespace UsabilityLab.Core.Studies;

/// <summary>One golden-path action. <see cref="Line"/> points back into the study file for error messages.</summary>
public abstract record TaskStep
{
    /// <summary>1-based line of the step in the study file (0 when built in code).</summary>
    public int Line { get; init; }
}

/// <summary>Click the element matched by a Playwright selector.</summary>
public sealed record ClickStep(string Selector) : TaskStep;

/// <summary>Tap the element with a finger (touch devices; a participant on a desktop device clicks it).</summary>
public sealed record TapStep(string Selector) : TaskStep;

/// <summary>Type a value into a field.</summary>
public sealed record FillStep(string Selector, string Value) : TaskStep;

/// <summary>Press a key with focus on the selector (e.g. Enter).</summary>
public sealed record PressStep(string Selector, string Key) : TaskStep;

/// <summary>Choose an option of a select element by value or label.</summary>
public sealed record SelectStep(string Selector, string Value) : TaskStep;

/// <summary>Navigate to a path (relative to the target) or absolute URL.</summary>
public sealed record GotoStep(string Url) : TaskStep;

/// <summary>Wait (participant time, not wall time).</summary>
public sealed record WaitStep(TimeSpan Duration) : TaskStep;

/// <summary>Wait until text, a selector or a URL is seen; the step fails after the action timeout.</summary>
public sealed record ExpectStep(string? Text, string? Selector, string? Url) : TaskStep;
