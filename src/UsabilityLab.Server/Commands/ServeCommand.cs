using UsabilityLab.Browser;
using System.CommandLine;
using System.Net;
using UsabilityLab.Application;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Errors;
using UsabilityLab.Server.Accounts;
using UsabilityLab.Server.Dashboard;

namespace UsabilityLab.Server.Commands;

/// <summary>
/// <c>lab serve [--db …] [--host 127.0.0.1] [--port 5100] [--public-host NAME…] [--certificate FILE [--certificate-key KEY]]
/// [--behind-proxy]</c>: the web dashboard over a store, until Ctrl-C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliIo io)
    {
        var db = CommonOptions.Database();
        var host = new Option<string>("--host") { Description = "Address to listen on: 127.0.0.1 (default, this machine only), localhost, or an IP address", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "TCP port (0 picks a free one)", DefaultValueFactory = _ => DashboardOptions.DefaultPort };
        var publicHost = new Option<string[]>("--public-host") { Description = "Beyond loopback: a name people reach the dashboard by (repeatable); this machine's names and addresses are always allowed, any other Host header is refused" };
        var certificate = new Option<string?>("--certificate") { Description = $"Serve HTTPS with this certificate: a .pfx/.p12 file (password in ${DashboardCertificate.PasswordVariable}) or a PEM file" };
        var certificateKey = new Option<string?>("--certificate-key") { Description = "The PEM private key of --certificate, when it is in a file of its own" };
        var behindProxy = new Option<bool>("--behind-proxy") { Description = "Behind a reverse proxy on this machine: believe its X-Forwarded-Proto and X-Forwarded-For" };
        var remoteBrowsers = new Option<int?>("--remote-browsers")
        {
            Description = "Invited remote participants whose browsers may run at once (each a Chromium here, or a context on the browser servers of browser.endpoints); more wait on their page. Default: 2, or every place of the browser servers",
        };
        var command = new Command("serve", "Serve the web dashboard: studies, runs, tasks, sessions and their history")
        {
            db, host, port, publicHost, certificate, certificateKey, behindProxy, remoteBrowsers,
        };
        command.SetAction((parse, ct) =>
        {
            if (parse.GetValue(certificateKey) is not null && parse.GetValue(certificate) is null)
            {
                throw new InputException("--certificate-key needs --certificate CERT.pem");
            }

            var options = new DashboardOptions(parse.GetValue(host)!, parse.GetValue(port))
            {
                PublicHosts = parse.GetValue(publicHost) ?? [],
                Certificate = parse.GetValue(certificate) is { } file ? DashboardCertificate.Load(file, parse.GetValue(certificateKey)) : null,
                BehindProxy = parse.GetValue(behindProxy),
                OpenId = OpenIdSettings.FromEnvironment(Environment.GetEnvironmentVariable),
                RemoteBrowsers = parse.GetValue(remoteBrowsers) switch
                {
                    null => DefaultRemoteBrowsers(),
                    >= 1 and <= 64 and var browsers => browsers,
                    var other => throw new InputException($"--remote-browsers {other}: use 1 to 64 (each is a Chromium on this machine, or a place on a browser server)"),
                },
            };
            return RunAsync(parse.GetValue(db), options, io, ct);
        });
        return command;
    }

    /// <summary>Two Chromiums on this machine (a 2-core one holds about that many, BENCHMARKS.md), or every place of the configured browser servers.</summary>
    private static int DefaultRemoteBrowsers() =>
        BrowserConfigLoader.Load() is { Browser.Endpoints.Count: > 0 } config ? Math.Min(64, BrowserPool.DefaultWorkers(config)) : 2;

    private static async Task<int> RunAsync(string? db, DashboardOptions options, CliIo io, CancellationToken cancellationToken)
    {
        Validate(options);
        var store = await LabStore.OpenExistingAsync(db, cancellationToken);
        if (options.RequiresSignIn && options.OpenId is null && !await LabSignIn.AnyAccountAsync(store, cancellationToken))
        {
            throw new InputException($"no accounts: add one with ./lab users add NAME --role admin, or configure single sign-on (${OpenIdSettings.AuthorityVariable}, docs/accounts.md) (beyond loopback or behind a proxy every page needs sign-in; the accounts are kept in {store.Location})");
        }

        DashboardServer server;
        try
        {
            server = await DashboardServer.StartAsync(options, store, cancellationToken: cancellationToken, announce: io.Out.WriteLine);
        }
        catch (IOException ex)
        {
            throw new InputException($"--port {options.Port}: cannot listen on {options.Host}:{options.Port} ({ex.Message}); choose another port, or 0 for a free one", ex);
        }

        await using (server)
        {
            io.Out.WriteLine($"Dashboard of {store.Location}: {server.Root}");
            if (options.RequiresSignIn)
            {
                io.Out.WriteLine(options.OpenId is { } sso
                    ? $"Every page needs sign-in: an account of ./lab users, or {sso.DisplayName} at {sso.Authority}."
                    : "Every page needs sign-in with an account of ./lab users.");
                if (options.Certificate is null && !options.BehindProxy)
                {
                    // Kestrel serves plain HTTP here: the sign-in form's password crosses the network as typed.
                    io.Notices.Tell("the dashboard speaks plain HTTP: give it a certificate (--certificate) or put it behind an HTTPS proxy (--behind-proxy) so that passwords and cookies are encrypted");
                }
            }

            else if (options.OpenId is not null)
            {
                io.Notices.Tell($"${OpenIdSettings.AuthorityVariable} is set, but on loopback nobody signs in: single sign-on is used beyond loopback or behind a proxy");
            }

            io.Out.WriteLine($"Invitation links (./lab invite, or a study's Remote participants page) open here at {server.Root}p/…; {options.RemoteBrowsers} participants' browsers at once.");
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

        if (!options.RequiresSignIn && options.PublicHosts.Count > 0)
        {
            throw new InputException($"--public-host {options.PublicHosts[0]}: on loopback the dashboard answers loopback names only; listen beyond it with --host, or say it is --behind-proxy (every page then needs sign-in)");
        }

        foreach (var name in options.PublicHosts.Where(n => Uri.CheckHostName(n) == UriHostNameType.Unknown))
        {
            throw new InputException($"--public-host {name}: not a host name (give it without scheme or port, e.g. lab.example.org)");
        }
    }
}
