namespace UsabilityLab.Reporting.Dashboard;

/// <summary>One line of a session's timeline.</summary>
/// <param name="Seconds">Session time in seconds.</param>
/// <param name="Kind">What it is: task, navigation, click, input, error, dialog, signal or note (also its CSS class).</param>
/// <param name="Text">What happened, in plain words.</param>
/// <param name="Detail">The technical detail (selector, URL, message), when there is one.</param>
/// <param name="TaskId">The task it happened in, when known.</param>
public sealed record TimelineEntry(double Seconds, string Kind, string Text, string? Detail, string? TaskId)
{
    /// <summary>The moment as the page's fragment names it, e.g. <c>t=12.4</c>.</summary>
    public string Anchor => "t=" + Seconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
