using System.Reflection;
using System.Text.Json.Serialization;

namespace UsabilityLab.Recording.Moderation;

/// <summary>The names the console's and the panel's pages read for a status or a phase, for messages that quote them.</summary>
public static class ModerationWords
{
    /// <summary>The wire name of <paramref name="value"/>, e.g. <c>browser-lost</c>.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString();
}
