namespace UsabilityLab.Application.Moderation;

/// <summary>A running participant page for a remote participant: the link to send them. Disposing it stops it.</summary>
public interface IParticipantPage : IAsyncDisposable
{
    /// <summary>The participant's link, with its unguessable token.</summary>
    Uri Url { get; }
}
