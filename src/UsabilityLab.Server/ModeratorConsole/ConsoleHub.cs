using System.Runtime.CompilerServices;
using System.Text.Json;
using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>
/// The session's updates as the console's Server-Sent Events: <c>state</c>, <c>feed</c> and <c>frame</c>, each with its
/// JSON. A console that connects late gets what <see cref="ModerationUpdates"/> kept for it first.
/// </summary>
internal static class ConsoleHub
{
    /// <summary>The events for one console, until <paramref name="cancellationToken"/> fires.</summary>
    public static async IAsyncEnumerable<ConsoleMessage> FollowAsync(ModerationUpdates updates, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var update in updates.FollowAsync(cancellationToken))
        {
            yield return Message(update);
        }
    }

    private static ConsoleMessage Message(ModerationUpdate update) => update switch
    {
        StateUpdate state => new("state", JsonSerializer.Serialize(state.State, ConsoleJson.Options)),
        FeedUpdate line => new("feed", JsonSerializer.Serialize(line.Item, ConsoleJson.Options)),
        FrameUpdate frame => new("frame", JsonSerializer.Serialize(
            new { timeMs = frame.TimeMs, width = frame.Width, height = frame.Height, jpeg = Convert.ToBase64String(frame.Jpeg) }, ConsoleJson.Options)),
        _ => throw new ArgumentOutOfRangeException(nameof(update), update.GetType().Name, "an update the console does not know"),
    };
}
