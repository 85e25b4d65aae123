using System.Globalization;

namespace UsabilityLab.Server.Dashboard.Components;

/// <summary>Dates as the dashboard shows them: UTC, to the minute, the same on every machine.</summary>
internal static class Dates
{
    public static string Of(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
