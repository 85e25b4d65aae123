using System.CommandLine;
using UsabilityLab.Application.Browsers;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Cli.Commands;

/// <summary>
/// <c>lab browser-server [--port N] [--host H]</c>: serve a Playwright browser server until Ctrl-C or SIGTERM; its
/// <c>ws://</c> endpoint is the one line on standard output, for <c>lab run --browser-endpoint</c>.
/// </summary>
internal static class BrowserServerCommand
{
    internal sealed record Settings(int Port, string Host);

    public static Command Create(CliIo io)
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (0 = pick a free one; the endpoint names it)", DefaultValueFactory = _ => 0 };
        var host = new Option<string>("--host") { Description = "Address to listen on; the default serves this machine only, 0.0.0.0 every network it is on", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("browser-server", "Serve Chromium as a Playwright browser server for runs on this or other machines (prints its ws:// endpoint; Ctrl-C stops it)") { port, host };
        command.SetAction((parse, ct) => ServeAsync(new Settings(parse.GetValue(port), parse.GetValue(host)!), io, ct));
        return command;
    }

    private static async Task<int> ServeAsync(Settings settings, CliIo io, CancellationToken cancellationToken)
    {
        Validate(settings);
        await BrowserServerHosting.ServeAsync(new BrowserServerSettings(settings.Host, settings.Port), started =>
        {
            // Alone on standard output, so that a script reads the endpoint as the first line; the rest is for people.
            io.Out.WriteLine(started.Endpoint);
            io.Out.Flush();
            io.Error.WriteLine($"lab: browser server up ({started.ExecutablePath}); record in it with ./lab run STUDY --browser-endpoint {started.Endpoint} (Ctrl-C stops it)");
        }, cancellationToken);
        return ExitCodes.Ok;
    }

    private static void Validate(Settings settings)
    {
        if (settings.Port is < 0 or > 65535)
        {
            throw new InputException($"--port {settings.Port} is not a port number; use 0–65535 (0 picks a free port)");
        }

        if (string.IsNullOrWhiteSpace(settings.Host) || settings.Host.Any(c => char.IsWhiteSpace(c) || c is '/' or '?' or '#'))
        {
            throw new InputException($"--host '{settings.Host}' is not a host name or address; use e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every network)");
        }
    }
}
