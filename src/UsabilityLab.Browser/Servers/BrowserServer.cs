using System.Diagnostics;
using System.Text.Json;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Browser.Servers;

/// <summary>
/// A Playwright browser server on this machine: the driver of the Microsoft.Playwright package running
/// <c>cli.js launch-server --browser chromium --config FILE</c>, which launches one Chromium (found and switched as every
/// launch of the lab's is: <see cref="BrowserDiscovery"/>, <see cref="ChromiumFlags"/>) and lets Playwright clients
/// connect to it at <see cref="Endpoint"/>. Not <c>run-server</c>: that one launches whatever executable a client names
/// only when started <c>--unsafe</c>, and Playwright's own browser otherwise, which cannot be downloaded here.
/// </summary>
public sealed class BrowserServer : IAsyncDisposable
{
    /// <summary>
    /// Loaded into the driver before its CLI (<c>node -r</c>): the lab holds the driver's standard input, and when the lab
    /// ends, however it ends (SIGKILL too), the pipe closes and the driver stops its browser as on SIGTERM, so no server
    /// outlives its command. Unreferenced, the pipe does not keep the driver alive on its own: when the browser dies the
    /// driver ends, and the lab says so.
    /// </summary>
    private const string StdinWatch = """
        process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
        process.stdin.resume();
        process.stdin.unref();
        """;

    /// <summary>How long a stopped server gets to close its browser before its processes are killed.</summary>
    private static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly DriverOutput _output;

    private BrowserServer(Process process, DriverOutput output, string endpoint, string executable)
    {
        _process = process;
        _output = output;
        Endpoint = endpoint;
        ExecutablePath = executable;
        Exited = process.WaitForExitAsync();
    }

    /// <summary>The <c>ws://HOST:PORT/PATH</c> address clients connect to; its path is the server's only guard.</summary>
    public string Endpoint { get; }

    /// <summary>The Chromium the server launched.</summary>
    public string ExecutablePath { get; }

    /// <summary>Completes when the server ends on its own (its browser died) or is stopped.</summary>
    public Task Exited { get; }

    /// <summary>The driver's process id (its browser's processes descend from it).</summary>
    internal int DriverProcessId => _process.Id;

    /// <summary>Why the server ended on its own, for the one line the command prints.</summary>
    public string ExitReason => _output.Reason(_process.HasExited ? _process.ExitCode : null);

    /// <summary>
    /// Starts the server on <paramref name="host"/>:<paramref name="port"/> (0: a free port) and returns once it listens.
    /// </summary>
    /// <exception cref="EnvironmentProblemException">No Chromium or driver here, the port is taken, or Chromium did not start.</exception>
    public static async Task<BrowserServer> StartAsync(BrowserConfig config, string host, int port, CancellationToken cancellationToken)
    {
        var executable = new BrowserDiscovery().Find(config, headless: true);
        var (node, cli) = PlaywrightDriver.Find();
        // The driver reads its two files when it starts (the watch) and before it listens (the config): they are gone as
        // soon as it prints its endpoint, so nothing is left behind however the server later ends.
        var folder = Directory.CreateTempSubdirectory("lab-browser-server-");
        var process = new Process { StartInfo = StartInfo(node, cli, folder, WriteConfig(config, executable, host, port, folder)) };
        var output = new DriverOutput();
        process.OutputDataReceived += (_, e) => output.Out(e.Data);
        process.ErrorDataReceived += (_, e) => output.Error(e.Data);
        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var endpoint = await ListeningAsync(process, output, host, port, config.NavigationTimeoutMs, cancellationToken);
            return new BrowserServer(process, output, endpoint, executable);
        }
        catch
        {
            await KillAsync(process);
            process.Dispose();
            throw;
        }
        finally
        {
            Delete(folder);
        }
    }

    /// <summary>Stops the server: its browser closes (the connected clients see it go), then its driver ends.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                _process.StandardInput.Close(); // the driver's cue (StdinWatch)
            }
            catch (IOException)
            {
                // Ended meanwhile.
            }

            using var patience = new CancellationTokenSource(StopPatience);
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                await KillAsync(_process);
            }
        }

        await Exited; // so that whoever watches it has seen the end before this returns
        _process.Dispose();
    }

    private static async Task<string> ListeningAsync(Process process, DriverOutput output, string host, int port, int launchTimeoutMs, CancellationToken cancellationToken)
    {
        // Chromium's launch has its own timeout (the config's navigation timeout, as for every launch); the margin is
        // the driver's start.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromMilliseconds(launchTimeoutMs) + TimeSpan.FromSeconds(30));
        var ended = process.WaitForExitAsync(limit.Token);
        try
        {
            if (await Task.WhenAny(output.Endpoint, ended) == output.Endpoint)
            {
                return await output.Endpoint;
            }

            await ended;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EnvironmentProblemException($"the browser server did not start within {launchTimeoutMs / 1000 + 30} s: {output.Reason(null)}");
        }

        await process.WaitForExitAsync(CancellationToken.None); // its last lines of output too
        throw new EnvironmentProblemException(output.Listening(host, port) ?? $"the browser server did not start: {output.Reason(process.ExitCode)}");
    }

    private static ProcessStartInfo StartInfo(string node, string cli, DirectoryInfo folder, string configFile)
    {
        var watch = Path.Combine(folder.FullName, "stdin-watch.js");
        File.WriteAllText(watch, StdinWatch);
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["-r", watch, cli, "launch-server", "--browser", "chromium", "--config", configFile])
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>Playwright's launchServer options: the lab's Chromium and switches, headless (a server has no display).</summary>
    private static string WriteConfig(BrowserConfig config, string executable, string host, int port, DirectoryInfo folder)
    {
        var path = Path.Combine(folder.FullName, "launch-server.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["executablePath"] = executable,
            ["headless"] = true,
            ["args"] = ChromiumFlags.For(config, ChromiumFlags.IsRoot(), headless: true),
            ["host"] = host,
            ["port"] = port,
            ["timeout"] = config.NavigationTimeoutMs,
        }));
        return path;
    }

    private static async Task KillAsync(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
    }

    private static void Delete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is no reason to fail a start.
        }
    }
}
