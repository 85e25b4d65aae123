using System.Text.RegularExpressions;

namespace UsabilityLab.Application.Tests;

/// <summary>
/// Time is read through an injected <see cref="TimeProvider"/>, the system's unless a test gives another, so tests move
/// a fake clock on instead of sleeping: no source under src/ reads the clock itself. (Defaulting to
/// <see cref="TimeProvider.System"/> is no read; waits that are not on a TimeProvider are not looked for here.)
/// </summary>
public sealed partial class ClockConventionTests
{
    [Fact]
    public void Sources_UnderSrc_ReadNoClockDirectly()
    {
        var src = Path.Combine(ProjectConventionTests.RepositoryRoot(), "src");

        var reads = Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".razor", StringComparison.Ordinal))
            .Where(file => !Path.GetRelativePath(src, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: file, Line: i + 1, Text: line)))
            .Where(line => DirectRead().IsMatch(line.Text))
            .Select(line => $"{Path.GetRelativePath(src, line.File)}:{line.Line}: {line.Text.Trim()}");

        Assert.Empty(reads);
    }

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\.(UtcNow|Now|Today)\b|\bStopwatch\.(StartNew|GetTimestamp|GetElapsedTime)\b|\bnew Stopwatch\(|\bEnvironment\.TickCount")]
    private static partial Regex DirectRead();
}
