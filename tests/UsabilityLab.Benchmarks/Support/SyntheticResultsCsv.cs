using System.Globalization;
using System.Text;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// An outcomes CSV as a large unmoderated study exports it: every participant attempts every task, with all optional
/// columns filled (SEQ included, so each row is an attempt and an answer). About 45 bytes a row, as in issue 21's 5 MB file.
/// </summary>
internal static class SyntheticResultsCsv
{
    public const int TasksPerParticipant = 10;

    private static readonly string[] Outcomes = ["success", "success", "success", "failed", "abandoned", "error"];

    /// <summary>Writes <paramref name="rows"/> rows to a new file in <paramref name="temp"/>; returns its path.</summary>
    public static string Write(TempFolder temp, int rows, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("participant,task,outcome,time_s,clicks,errors,seq,pages,unique_pages,optimal_pages\n", rows * 48);
        for (var i = 0; i < rows; i++)
        {
            var pages = random.Next(3, 12);
            text.Append(CultureInfo.InvariantCulture,
                $"P{(i / TasksPerParticipant) + 1:00000},task-{(i % TasksPerParticipant) + 1:00},{Outcomes[random.Next(Outcomes.Length)]},{random.Next(5_000, 180_000) / 1000.0},{random.Next(1, 40)},{random.Next(0, 3)},{random.Next(1, 8)},{pages},{random.Next(2, pages + 1)},3\n");
        }

        var path = temp.NewFile("results", ".csv");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
