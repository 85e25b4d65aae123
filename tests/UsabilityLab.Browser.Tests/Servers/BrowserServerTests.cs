using System.Net;
using System.Net.Sockets;
using UsabilityLab.Browser.Servers;
using UsabilityLab.Browser.Tests.Support;
using UsabilityLab.Core.Errors;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Browser.Tests.Servers;

/// <summary>The browser server <c>./lab browser-server</c> runs, started here in-process through the same code.</summary>
public sealed class BrowserServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private static BrowserConfig Config { get; } = BrowserConfigLoader.Load(RepositoryFiles.Find(BrowserConfigLoader.FileName));

    [Fact]
    public async Task StartAsync_LabsChromiumWithItsSwitches_APlaywrightClientConnectsAndBrowses()
    {
        await using var site = await LoopbackSite.StartAsync(new Dictionary<string, string> { ["/"] = "<!DOCTYPE html><title>Served</title><p>hi</p>" });
        await using var server = await BrowserServer.StartAsync(Config, "127.0.0.1", 0, CancellationToken.None);
        var endpoint = BrowserEndpoint.Parse(server.Endpoint, "test");

        await using var browser = await LabBrowser.ConnectAsync(Config, endpoint);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl.ToString());
        var commandLine = ChromiumProcesses.CommandLineBelow(server.DriverProcessId);

        Assert.Matches(@"^ws://127\.0\.0\.1:\d+/[0-9a-f]{32}$", server.Endpoint);
        // The driver read its watch script and config before it listened: nothing of the server is left in /tmp.
        var driver = File.ReadAllText($"/proc/{server.DriverProcessId}/cmdline").Split('\0');
        var watch = driver[Array.IndexOf(driver, "-r") + 1];
        Assert.EndsWith("stdin-watch.js", watch, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(watch)));
        Assert.Equal(new BrowserDiscovery().Find(Config, headless: true), server.ExecutablePath);
        Assert.Equal($"browser server {endpoint.Name}", browser.Name);
        Assert.Equal("Served", await page.TitleAsync());
        // The lab's own switches reached the server's Chromium: no calls home, and its list of disabled features last.
        Assert.Contains("--disable-background-networking", commandLine);
        Assert.Contains("--disable-component-update", commandLine);
        Assert.Contains("WebUIOmniboxPopup", ChromiumFlags.DisabledFeaturesIn(commandLine));
        Assert.Equal(1280, page.ViewportSize!.Width); // the lab's context settings, made on this side
    }

    [Fact]
    public async Task DisposeAsync_StopsDriverAndChromium_TheConnectedClientSeesTheBrowserGo()
    {
        var server = await BrowserServer.StartAsync(Config, "127.0.0.1", 0, CancellationToken.None);
        var endpoint = BrowserEndpoint.Parse(server.Endpoint, "test");
        await using var browser = await LabBrowser.ConnectAsync(Config, endpoint);
        var profile = ChromiumProcesses.UserDataDir(ChromiumProcesses.CommandLineBelow(server.DriverProcessId));
        var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        browser.Browser.Disconnected += (_, _) => disconnected.TrySetResult();

        await server.DisposeAsync();

        Assert.True(server.Exited.IsCompleted);
        await disconnected.Task.WaitAsync(Patience);
        Assert.True(await ChromiumProcesses.GoneAsync(profile, Patience), $"Chromium processes of {profile} still run");
        Assert.False(Directory.Exists(profile)); // closed as Playwright closes a browser, not killed
        await Assert.ThrowsAsync<EnvironmentProblemException>(() => endpoint.ProbeAsync(TimeSpan.FromSeconds(10), CancellationToken.None));
    }

    [Fact]
    public async Task Exited_ChromiumKilled_TheServerEndsAndSaysWhy()
    {
        await using var server = await BrowserServer.StartAsync(Config, "127.0.0.1", 0, CancellationToken.None);
        var profile = ChromiumProcesses.UserDataDir(ChromiumProcesses.CommandLineBelow(server.DriverProcessId));

        foreach (var id in ChromiumProcesses.Naming(profile))
        {
            try
            {
                System.Diagnostics.Process.GetProcessById(id).Kill();
            }
            catch (ArgumentException)
            {
                // ended with the others
            }
        }

        await server.Exited.WaitAsync(Patience);
        Assert.Contains("driver exit code", server.ExitReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_PortTaken_EnvironmentProblemInOneLine()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;

            var error = await Assert.ThrowsAsync<EnvironmentProblemException>(() => BrowserServer.StartAsync(Config, "127.0.0.1", port, CancellationToken.None));

            Assert.Equal($"cannot listen on 127.0.0.1:{port}: the port is in use; pick another --port (0 picks a free one)", error.Message);
        }
        finally
        {
            taken.Stop();
        }
    }
}
