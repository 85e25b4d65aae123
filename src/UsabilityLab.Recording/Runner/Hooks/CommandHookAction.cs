using System.ComponentModel;
using System.Diagnostics;
using UsabilityLab.Core.Studies.Hooks;

namespace UsabilityLab.Recording.Runner.Hooks;

/// <summary>Runs a command hook's program, without a shell, in the study's folder; exit code 0 is success.</summary>
internal static class CommandHookAction
{
    /// <summary>Null when the program exited with 0; else what went wrong, with the last line it wrote.</summary>
    public static async Task<string?> RunAsync(CommandHook hook, CancellationToken cancellationToken)
    {
        var program = hook.Command[0];
        // "./reset.sh" is the study's, wherever lab was started; a bare name is looked up on PATH.
        if (program.Contains('/', StringComparison.Ordinal) && !Path.IsPathRooted(program))
        {
            program = Path.GetFullPath(Path.Combine(hook.WorkingDirectory, program));
        }

        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = hook.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in hook.Command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            return $"could not be started: {ex.Message}";
        }

        process.StandardInput.Close(); // a hook that asks a question gets no answer instead of waiting for one
        var lastError = LastLineAsync(process.StandardError);
        var lastOutput = LastLineAsync(process.StandardOutput);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            throw;
        }

        var said = await lastError ?? await lastOutput;
        return process.ExitCode == 0 ? null : $"exited with code {process.ExitCode}{(said is null ? "" : $": {said}")}";
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended meanwhile.
        }
    }

    private static async Task<string?> LastLineAsync(StreamReader reader)
    {
        string? last = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Trim().Length > 0)
            {
                last = line.Trim();
            }
        }

        return last is { Length: > 200 } ? last[..200] : last;
    }
}
