using System.Net;
using System.Security.Cryptography.X509Certificates;
using UsabilityLab.Browser;
using UsabilityLab.Server.Accounts;

namespace UsabilityLab.Server.Dashboard;

/// <summary>Where and how the dashboard listens.</summary>
/// <param name="Host">An IP address, or <c>localhost</c>.</param>
/// <param name="Port">TCP port (0 picks a free one).</param>
public sealed record DashboardOptions(string Host, int Port)
{
    /// <summary>The dashboard's default port.</summary>
    public const int DefaultPort = 5100;

    /// <summary>True when only this machine can reach it: no sign-in, but a loopback <c>Host</c> header is required.</summary>
    public bool IsLoopback => Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(Host, out var address) && IPAddress.IsLoopback(address));

    /// <summary>
    /// True when people reach it from other machines: listening beyond loopback, or behind a proxy that passes their
    /// requests on. Every page then needs sign-in, and the <c>Host</c> must be one of <see cref="PublicHosts"/> or the
    /// machine's own names.
    /// </summary>
    public bool RequiresSignIn => !IsLoopback || BehindProxy;

    /// <summary>
    /// Beyond loopback, further names people reach the dashboard by (<c>--public-host</c>), e.g. <c>lab.example.org</c>;
    /// the machine's own names and addresses are always allowed. Any other <c>Host</c> header is refused (400).
    /// </summary>
    public IReadOnlyList<string> PublicHosts { get; init; } = [];

    /// <summary>Serve HTTPS with this certificate (with its private key) instead of plain HTTP.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>
    /// Behind a reverse proxy on this machine (<c>--behind-proxy</c>): the scheme and client address it forwards in
    /// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> are believed, from a loopback peer only.
    /// </summary>
    public bool BehindProxy { get; init; }

    /// <summary>Single sign-on at an OpenID Connect provider besides the lab's accounts (<see cref="OpenIdSettings.FromEnvironment"/>); used only where sign-in is.</summary>
    public OpenIdSettings? OpenId { get; init; }

    /// <summary>How many invited remote participants' browsers may run at once (each a Chromium on this host); more wait on their page (0: everyone waits).</summary>
    public int RemoteBrowsers { get; init; } = 2;

    /// <summary>How long an invited participant's page may be gone (no stream, no request; their task clock paused) before their session ends.</summary>
    public TimeSpan RemoteGrace { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The browser remote participants' sessions run in; null: the configured one (<c>playwright.config.json</c>).</summary>
    public BrowserConfig? Browser { get; init; }
}
