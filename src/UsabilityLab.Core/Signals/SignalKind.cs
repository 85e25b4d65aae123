namespace UsabilityLab.Core.Signals;

/// <summary>Kinds of frustration and confusion signals found in a session's events.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<SignalKind>))]
public enum SignalKind
{
    /// <summary>A burst of clicks on the same spot: the participant expected something to happen.</summary>
    RageClick,
    /// <summary>A click the page did not visibly react to.</summary>
    DeadClick,
    /// <summary>A click followed by a JavaScript or network error.</summary>
    ErrorClick,
    /// <summary>A page left almost immediately for the page the participant came from.</summary>
    QuickBack,
    /// <summary>Scrolling up and down a page repeatedly, looking for something.</summary>
    ExcessiveScrolling,
    /// <summary>A long pause between arriving on a page and the first click.</summary>
    Hesitation,
}
