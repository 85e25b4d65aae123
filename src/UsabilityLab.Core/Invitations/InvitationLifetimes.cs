using System.Globalization;

namespace UsabilityLab.Core.Invitations;

/// <summary>How long a link stays valid, as people write it: a whole number and a unit, <c>30m</c>, <c>12h</c>, <c>7d</c>.</summary>
public static class InvitationLifetimes
{
    /// <summary>When nothing is said: a week, time enough to schedule a session.</summary>
    public static TimeSpan Default { get; } = TimeSpan.FromDays(7);

    /// <summary>The longest: a link that lives longer is more likely to leak than to be needed.</summary>
    public static TimeSpan Longest { get; } = TimeSpan.FromDays(90);

    /// <summary>The rule as a user is told it.</summary>
    public const string Rule = "a whole number and m, h or d (30m, 12h, 7d), from 1m to 90d";

    /// <summary>The duration <paramref name="text"/> names; false when it does not follow <see cref="Rule"/>.</summary>
    public static bool TryParse(string? text, out TimeSpan lifetime)
    {
        lifetime = default;
        if (text is not { Length: >= 2 and <= 12 }
            || !long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count <= 0 || count > Longest.TotalMinutes)
        {
            return false;
        }

        lifetime = text[^1] switch
        {
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            'd' => TimeSpan.FromDays(count),
            _ => TimeSpan.Zero,
        };
        return lifetime > TimeSpan.Zero && lifetime <= Longest;
    }
}
