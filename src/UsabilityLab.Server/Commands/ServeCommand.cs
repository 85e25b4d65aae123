using System.CommandLine;
using System.Net;
using UsabilityLab.Application;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Errors;
using UsabilityLab.Server.Accounts;
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
        if (!options.IsLoopback && !await LabSignIn.AnyAccountAsync(store, cancellationToken))
        {
            throw new InputException($"no accounts: add one with ./lab users add NAME --role admin (beyond loopback every page needs sign-in; the accounts are kept in {store.Location})");
        }

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
            if (!options.IsLoopback)
            {
                io.Out.WriteLine("Every page needs sign-in with an account of ./lab users.");
                // Kestrel serves plain HTTP here: the sign-in form's password crosses the network as typed.
                io.Notices.Tell("the dashboard speaks plain HTTP: beyond a trusted network, put it behind an HTTPS proxy so that passwords and cookies are encrypted");
            }

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
    }
}
