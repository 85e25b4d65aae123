namespace UsabilityLab.Application.Moderation;

/// <summary>A running moderator console: a web page on loopback that follows one session. Disposing it stops it.</summary>
public interface IModeratorConsole : IAsyncDisposable
{
    /// <summary>The address to open, with its access token.</summary>
    Uri Url { get; }
}
