using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace UsabilityLab.Cli.Tests.Process;

/// <summary>
/// The built CLI as a real child process (<c>dotnet lab.dll …</c>), for what an in-process run cannot show: signals, a
/// killed process, a second process at the same database, the working folder. Its output is collected line by line,
/// so a test waits for what the process says instead of for time to pass.
/// </summary>
internal sealed class LabProcess : IAsyncDisposable
{
    private const int SigInt = 2;
    private const int SigKill = 9;
    private const int SigTerm = 15;
    private readonly System.Diagnostics.Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _out = [];
    private readonly List<string> _error = [];
    private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];
    private readonly List<(string Prefix, TaskCompletionSource<string> Seen)> _awaitedOut = [];
    private bool _disposed;

    private LabProcess(System.Diagnostics.Process process) => _process = process;

    /// <summary>The child's process id, which the run's lease names.</summary>
    public int Id => _process.Id;

    /// <summary>Starts <c>lab ARGS</c> in <paramref name="workingDirectory"/> with the test's environment plus <paramref name="environment"/> (null removes a variable).</summary>
    public static LabProcess Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (SigIntIgnoredHere())
        {
            // A process started with SIGINT ignored (a background job of a script, nohup) passes that on to its children,
            // and .NET keeps it ignored: the CLI would never see the test's Ctrl-C. Have it start with the default.
            start.FileName = "env";
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add(DotnetHost());
        }

        start.ArgumentList.Add(LabDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var lab = new LabProcess(new System.Diagnostics.Process { StartInfo = start });
        lab._process.OutputDataReceived += (_, e) => lab.Collect(lab._out, e.Data);
        lab._process.ErrorDataReceived += (_, e) => lab.Collect(lab._error, e.Data);
        lab._process.Start();
        lab._process.BeginOutputReadLine();
        lab._process.BeginErrorReadLine();
        return lab;
    }

    /// <summary>Sends SIGINT, as Ctrl-C in a terminal does.</summary>
    public void Interrupt() => Signal(SigInt);

    /// <summary>Sends SIGKILL: the process ends without running another instruction.</summary>
    public void Kill() => Signal(SigKill);

    /// <summary>Sends SIGTERM, as a service manager or CI runner stopping a job does.</summary>
    public void Terminate() => Signal(SigTerm);

    /// <summary>The first line of standard output that starts with <paramref name="prefix"/>, once the process has written it.</summary>
    public async Task<string> OutputLineAsync(string prefix, TimeSpan timeout)
    {
        TaskCompletionSource<string> seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_out.FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            _awaitedOut.Add((prefix, seen));
        }

        await WaitForAsync(seen.Task, $"a line starting '{prefix}' on standard output", timeout);
        return await seen.Task;
    }

    /// <summary>Completes when the process has written a line containing <paramref name="text"/> to standard error.</summary>
    public Task WaitForErrorAsync(string text, TimeSpan timeout)
    {
        TaskCompletionSource seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_error.Any(line => line.Contains(text, StringComparison.Ordinal)))
            {
                return Task.CompletedTask;
            }

            _awaited.Add((text, seen));
        }

        return WaitForAsync(seen.Task, $"'{text}' on standard error", timeout);
    }

    /// <summary>Completes when <paramref name="condition"/> holds; asked every 100 ms while the process runs.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan timeout)
    {
        using var stop = new CancellationTokenSource();
        try
        {
            await WaitForAsync(PollAsync(condition, stop.Token), what, timeout);
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    /// <summary>Waits for <paramref name="awaited"/>, failing early (with what the process said) when the process ends first.</summary>
    public async Task WaitForAsync(Task awaited, string what, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        var ended = _process.WaitForExitAsync(limit.Token);
        var first = await Task.WhenAny(awaited, ended);
        if (first == awaited && awaited.IsCompletedSuccessfully)
        {
            return;
        }

        if (awaited.IsCompleted)
        {
            await awaited; // its own failure
        }

        // The process may have said it just before ending.
        if (_process.HasExited && await Task.WhenAny(awaited, Task.Delay(TimeSpan.FromSeconds(5))) == awaited)
        {
            return;
        }

        var why = _process.HasExited ? $"lab ended (exit {_process.ExitCode})" : $"{timeout.TotalSeconds:0} s passed";
        throw new TimeoutException($"waited for {what}, but {why}; it said:\n{Transcript()}");
    }

    /// <summary>Waits for the process to end; a process that has not ended within <paramref name="timeout"/> is killed and fails the test.</summary>
    public async Task<CliRunner.Result> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token); // also waits for the last line of both streams
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"lab did not end within {timeout.TotalSeconds:0} s; it said:\n{Transcript()}");
        }

        lock (_gate)
        {
            return new CliRunner.Result(_process.ExitCode, Joined(_out), Joined(_error));
        }
    }

    /// <summary>Ends the process (and its browser) if a failed test left it running.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Collect(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            lines.Add(line);
            if (ReferenceEquals(lines, _out))
            {
                foreach (var waiter in _awaitedOut.Where(w => line.StartsWith(w.Prefix, StringComparison.Ordinal)).ToList())
                {
                    waiter.Seen.TrySetResult(line);
                    _awaitedOut.Remove(waiter);
                }
            }

            if (ReferenceEquals(lines, _error))
            {
                foreach (var waiter in _awaited.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
                {
                    waiter.Seen.TrySetResult();
                    _awaited.Remove(waiter);
                }
            }
        }
    }

    private static async Task PollAsync(Func<Task<bool>> condition, CancellationToken stop)
    {
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), stop);
        }
    }

    private string Transcript()
    {
        lock (_gate)
        {
            return $"--- stdout\n{Joined(_out)}\n--- stderr\n{Joined(_error)}";
        }
    }

    private static string Joined(List<string> lines) => string.Join('\n', lines);

    private void Signal(int signal)
    {
        if (SendSignal(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Bit 1 of SigIgn in /proc/self/status is SIGINT (bit n-1 stands for signal n).</summary>
    private static bool SigIntIgnoredHere()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (SigInt - 1))) != 0;
    }

    /// <summary>The host that runs the tests runs the CLI too; <c>dotnet test</c> names it in DOTNET_HOST_PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

    /// <summary>lab.dll as built with the tests (copied next to them), else the CLI project's own output of the same configuration.</summary>
    private static string LabDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "lab.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "lab.runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = typeof(LabProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var built = CliRunner.RepositoryFile(Path.Combine("src", "UsabilityLab.Cli", "bin", configuration, "net10.0", "lab.dll"));
        return File.Exists(built) ? built : throw new FileNotFoundException($"lab.dll is not built; build the solution ({configuration}) first", built);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true), DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SendSignal(int pid, int signal);
}
