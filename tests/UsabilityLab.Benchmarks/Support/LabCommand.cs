using System.Diagnostics;
using System.Reflection;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// The built CLI as a child process (<c>dotnet lab.dll …</c>, as a CI job runs it), started in the repository so that its
/// playwright.config.json applies. Built with the benchmarks (a build-only project reference), in their configuration.
/// </summary>
internal static class LabCommand
{
    /// <summary>
    /// Runs <c>lab ARGS</c> to its end. Exit 0, or 1 (what it ran is done, but a study gate failed: the demo study's gates
    /// judge a sample of a few exact participants), is success; anything else fails with what it said last.
    /// </summary>
    public static async Task RunAsync(string repoRoot, IReadOnlyList<string> args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = repoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll(repoRoot));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await Task.WhenAll(output, error);
        if (process.ExitCode is not (0 or 1))
        {
            var said = string.Join('\n', $"{await output}\n{await error}".Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(8));
            throw new InvalidOperationException($"lab {string.Join(' ', args.Take(2))} … exited {process.ExitCode}: {said}");
        }
    }

    /// <summary>The host running the benchmarks runs the CLI too.</summary>
    private static string DotnetHost() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

    private static string Dll(string repoRoot)
    {
        var configuration = typeof(LabCommand).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var dll = Path.Combine(repoRoot, "src", "UsabilityLab.Cli", "bin", configuration, "net10.0", "lab.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"lab.dll is not built ({configuration}); ./lab bench builds it", dll);
    }
}
