namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// The Events table's columns that a recorded event fills (all but its Id), in the order the yardsticks write and read
/// them, for SQL that runs on either store (both take double-quoted names).
/// </summary>
internal static class EventTable
{
    private static readonly string[] Columns =
    [
        "SessionId", "AttemptId", "Kind", "TimeMs", "Url", "X", "Y", "ViewportX", "ViewportY", "ScrollX", "ScrollY",
        "Selector", "Tag", "Text", "Interactive", "Button", "BoxX", "BoxY", "BoxWidth", "BoxHeight", "Value", "Detail",
        "ViewportWidth",
    ];

    public static int ColumnCount => Columns.Length;

    /// <summary>"SessionId", "AttemptId", …: for an INSERT, a COPY or a SELECT.</summary>
    public static string ColumnList { get; } = string.Join(", ", Columns.Select(c => $"\"{c}\""));
}
