using System.CommandLine;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Errors;
using UsabilityLab.DemoSite;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab demo-site [--port N] [--search-delay-ms N]</c>: serve the bundled shop until Ctrl-C.</summary>
internal static class DemoSiteCommand
{
    internal sealed record Settings(int Port, int SearchDelayMs);

    public static Command Create(CliIo io)
    {
        var port = new Option<int>("--port") { Description = "Loopback port to listen on (0 = pick a free one)", DefaultValueFactory = _ => 0 };
        var delay = new Option<int>("--search-delay-ms") { Description = "Artificial delay of the search page (the slow-search trap)", DefaultValueFactory = _ => 800 };
        var command = new Command("demo-site", "Serve the bundled demo shop (with its usability traps) until Ctrl-C") { port, delay };
        command.SetAction((parse, ct) => RunAsync(new Settings(parse.GetValue(port), parse.GetValue(delay)), io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken cancellationToken)
    {
        if (settings.Port is < 0 or > 65535)
        {
            throw new InputException($"--port {settings.Port} is not a port number; use 0–65535 (0 picks a free port)");
        }

        if (settings.SearchDelayMs < 0)
        {
            throw new InputException("--search-delay-ms must not be negative");
        }

        await using var site = await StartAsync(settings, cancellationToken);
        io.Out.WriteLine($"Demo shop at {site.BaseUrl} (Ctrl-C to stop)");
        try
        {
            await site.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C is how this command is meant to end.
        }

        return ExitCodes.Ok;
    }

    private static async Task<DemoSiteHost> StartAsync(Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            return await DemoSiteHost.StartAsync(
                new DemoSiteOptions { Port = settings.Port, SearchDelay = TimeSpan.FromMilliseconds(settings.SearchDelayMs) },
                cancellationToken);
        }
        catch (IOException ex)
        {
            throw new EnvironmentProblemException($"cannot listen on 127.0.0.1:{settings.Port}: {ex.Message}; pick another --port", ex);
        }
    }
}
