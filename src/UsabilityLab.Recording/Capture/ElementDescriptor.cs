using UsabilityLab.Core.Events;

namespace UsabilityLab.Recording.Capture;

/// <summary>
/// An element as recorder.js describes it, defined once per page and referenced by id from then on (interning keeps
/// repeated clicks on the same element to a few bytes each).
/// </summary>
internal sealed record ElementDescriptor(string? Selector, string? Tag, string? Text, bool? Interactive, double? BoxX, double? BoxY, double? BoxWidth, double? BoxHeight)
{
    /// <summary>What a reference to an element no definition arrived for decodes to: no element fields.</summary>
    public static ElementDescriptor Unknown { get; } = new(null, null, null, null, null, null, null, null);

    /// <summary><paramref name="recorded"/> as having happened on this element.</summary>
    public RecordedEvent On(RecordedEvent recorded) => recorded with
    {
        Selector = Selector, Tag = Tag, Text = Text, Interactive = Interactive,
        BoxX = BoxX, BoxY = BoxY, BoxWidth = BoxWidth, BoxHeight = BoxHeight,
    };
}
