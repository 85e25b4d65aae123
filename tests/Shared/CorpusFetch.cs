using System.Diagnostics;

namespace UsabilityLab.Tests.Shared;

/// <summary>
/// Runs tests/RealWorld/fetch-corpus.sh, which installs the pinned third-party apps (and axe-core) with npm and returns at once when
/// they are installed already, so that `dotnet test` alone needs nothing done by hand first.
/// </summary>
internal static class CorpusFetch
{
    /// <summary>A first install downloads about 20 MB; an unreachable registry fails in about a minute (the script's timeouts).</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static void EnsureInstalled(string script)
    {
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start bash to run {script}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{script} did not finish within {Limit.TotalMinutes} minutes; run it by hand to see where npm waits");
        }

        var said = (output.Result + errors.Result).Trim();
        if (process.ExitCode != 0)
        {
            // The script's own last line says what failed (npm missing, registry unreachable); npm's lines come before it.
            throw new InvalidOperationException($"the real-world corpus is not installed and {script} failed (exit {process.ExitCode}): {said.Split('\n')[^1]}\n--- what it printed ---\n{said}");
        }
    }
}
