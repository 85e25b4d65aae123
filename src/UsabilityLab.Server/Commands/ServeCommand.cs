using System.CommandLine;
using System.Net;
using UsabilityLab.Application;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Errors;
using UsabilityLab.Server.Dashboard;

namespace UsabilityLab.Server.Commands;

/// <summary>
/// <c>lab serve [--db …] [--host 127.0.0.1] [--port 5100]</c>: the web dashboard over a store, until Ctrl-C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliIo io)
    {
        var db = CommonOptions.Database();
        var host = new Option<string>("--host") { Description = "Address to listen on: 127.0.0.1 (default, this machine only), localhost, or an IP address", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "TCP port (0 picks a free one)", DefaultValueFactory = _ => DashboardOptions.DefaultPort };
        var command = new Command("serve", "Serve the web dashboard: studies, runs, tasks, sessions and their history")
        {
            db, host, port,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(db), new DashboardOptions(parse.GetValue(host)!, parse.GetValue(port)), io, ct));
        return command;
    }

    private static async Task<int> RunAsync(string? db, DashboardOptions options, CliIo io, CancellationToken cancellationToken)
    {
        Validate(options);
        var store = await LabStore.OpenExistingAsync(db, cancellationToken);
        DashboardServer server;
        try
        {
            server = await DashboardServer.StartAsync(options, store, cancellationToken: cancellationToken);
        }
        catch (IOException ex)
        {
            throw new InputException($"--port {options.Port}: cannot listen on {options.Host}:{options.Port} ({ex.Message}); choose another port, or 0 for a free one", ex);
        }

        await using (server)
        {
            io.Out.WriteLine($"Dashboard of {store.Location}: {server.Root}");
            io.Out.WriteLine("Ctrl-C stops it.");
            await server.WaitAsync(cancellationToken);
        }

        return ExitCodes.Ok;
    }

    private static void Validate(DashboardOptions options)
    {
        if (options.Port is < 0 or > 65535)
        {
            throw new InputException($"--port {options.Port} is not a port number; use 0–65535 (0 picks a free port)");
        }

        if (!options.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) && !IPAddress.TryParse(options.Host, out _))
        {
            throw new InputException($"--host {options.Host}: give an IP address to listen on (127.0.0.1, 0.0.0.0, ::) or localhost");
        }

        // Beyond loopback every page needs sign-in (Accounts/); until the dashboard can sign people in it stays on loopback.
        if (!options.IsLoopback)
        {
            throw new InputException($"--host {options.Host}: beyond loopback the dashboard needs sign-in, which this build does not have yet; serve on 127.0.0.1 and reach it through an SSH tunnel");
        }
    }
}
