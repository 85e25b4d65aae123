using System.Collections.Frozen;

namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>
/// The keys a remote participant may press as keys: editing and navigation keys, function-less letters and digits for
/// shortcuts (Ctrl+A, Ctrl+Z). Anything else typed arrives as text (<c>Input.insertText</c>), so no key name from the
/// wire reaches Chromium unless it is on this list.
/// </summary>
public static class RemoteKeys
{
    private static readonly FrozenDictionary<string, RemoteKey> Keys = Build();

    /// <summary>Every allowed key name (DOM <c>KeyboardEvent.key</c> values).</summary>
    public static IReadOnlyCollection<string> Names => Keys.Keys;

    internal static RemoteKey? Find(string? name) => name is not null && Keys.TryGetValue(name, out var key) ? key : null;

    private static FrozenDictionary<string, RemoteKey> Build()
    {
        var keys = new Dictionary<string, RemoteKey>(StringComparer.Ordinal)
        {
            ["Enter"] = new("Enter", 13, "\r"),
            ["Tab"] = new("Tab", 9, null),
            ["Backspace"] = new("Backspace", 8, null),
            ["Delete"] = new("Delete", 46, null),
            ["Escape"] = new("Escape", 27, null),
            ["ArrowLeft"] = new("ArrowLeft", 37, null),
            ["ArrowUp"] = new("ArrowUp", 38, null),
            ["ArrowRight"] = new("ArrowRight", 39, null),
            ["ArrowDown"] = new("ArrowDown", 40, null),
            ["Home"] = new("Home", 36, null),
            ["End"] = new("End", 35, null),
            ["PageUp"] = new("PageUp", 33, null),
            ["PageDown"] = new("PageDown", 34, null),
            [" "] = new("Space", 32, " "),
            ["Shift"] = new("ShiftLeft", 16, null),
            ["Control"] = new("ControlLeft", 17, null),
            ["Alt"] = new("AltLeft", 18, null),
            ["Meta"] = new("MetaLeft", 91, null),
        };
        for (var c = 'a'; c <= 'z'; c++)
        {
            keys[c.ToString()] = new($"Key{char.ToUpperInvariant(c)}", char.ToUpperInvariant(c), c.ToString());
        }

        for (var c = '0'; c <= '9'; c++)
        {
            keys[c.ToString()] = new($"Digit{c}", c, c.ToString());
        }

        return keys.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
