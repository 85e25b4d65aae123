using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>Time from arriving on a page to the first click there.</summary>
/// <param name="Url">Page URL.</param>
/// <param name="Navigation">The navigation that brought the participant to the page.</param>
/// <param name="FirstClick">The first click on the page.</param>
public sealed record HesitationMeasurement(string? Url, RecordedEvent Navigation, RecordedEvent FirstClick)
{
    /// <summary>Milliseconds from the navigation to the first click.</summary>
    public double DelayMs => FirstClick.TimeMs - Navigation.TimeMs;
}
