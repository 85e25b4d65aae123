using System.Globalization;

namespace UsabilityLab.DemoSite.Catalog;

/// <summary>Formats prices the same way on every page, independent of the server's culture.</summary>
internal static class Money
{
    /// <summary>"$89.00".</summary>
    public static string Format(decimal amount) =>
        "$" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);
}
