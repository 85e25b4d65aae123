using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using UsabilityLab.Application;
using UsabilityLab.Application.Accounts;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Accounts;
using UsabilityLab.Server.Accounts;
using UsabilityLab.Server.Dashboard;

namespace UsabilityLab.Server.Tests.Accounts;

/// <summary>The dashboard beyond loopback: it starts only with accounts, and every page, download and asset needs a sign-in.</summary>
public sealed partial class DashboardSignInTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lab-dashboard-signin-");
    private LabStore _store = null!;

    private string Db => Path.Combine(_folder.FullName, "lab.db");

    public async Task InitializeAsync() => _store = await LabStore.OpenAsync(Db, CancellationToken.None);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Serve_BeyondLoopbackWithoutAccounts_RefusedWithOneLine_ExitCode2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await ServerApp.RunAsync(["serve", "--host", "0.0.0.0", "--port", "0", "--db", Db], new CliIo(output, error, interactive: false));

        Assert.Equal(ExitCodes.Usage, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("no accounts: add one with ./lab users add NAME --role admin", line, StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Dashboard_BeyondLoopback_NotSignedIn_PagesAssetsAndDownloadsRefused_ForeignHostNamesToo()
    {
        await AddAsync("olga", AccountRole.Observer);
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("0.0.0.0", 0) { PublicHosts = ["lab.example.org"] }, _store);
        using var browser = new SignInBrowser(Loopback(server));

        using var home = await browser.OpenAsync("/");
        using var byName = await browser.OpenAsHostAsync("/", "lab.example.org");
        using var rebound = await browser.OpenAsHostAsync("/", "evil.example");
        using var css = await browser.OpenAsync("/assets/dashboard.css");
        using var progress = await browser.FetchAsync("/runs/1/progress");
        using var unknown = await browser.OpenAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/signin?returnUrl=%2F", home.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, byName.StatusCode); // a --public-host name: the sign-in decides
        Assert.Equal(HttpStatusCode.BadRequest, rebound.StatusCode); // any other name: DNS rebinding
        Assert.Equal(HttpStatusCode.Redirect, css.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, progress.StatusCode);
        Assert.StartsWith("401: sign in first at /signin", await progress.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
    }

    [Fact]
    public async Task Dashboard_BeyondLoopback_ObserverSignsIn_ReadsPages_SignsOutFromTheHeader()
    {
        await AddAsync("olga", AccountRole.Observer);
        await using var server = await StartAsync("0.0.0.0");
        using var browser = new SignInBrowser(Loopback(server));

        using var signIn = await browser.SignInAsync("olga", Password, returnUrl: "/");
        using var home = await browser.OpenAsync("/");
        var html = await home.Content.ReadAsStringAsync();
        using var signOut = await browser.PostAsync("/signout", new() { ["__RequestVerificationToken"] = SignOutToken(html) });
        using var after = await browser.OpenAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("<span>olga (observer)</span>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Null(browser.AuthCookie);
    }

    [Fact]
    public async Task Dashboard_BeyondLoopback_PostToAPage_ObserverForbidden_ResearcherLetThrough()
    {
        await AddAsync("olga", AccountRole.Observer);
        await AddAsync("rita", AccountRole.Researcher);
        await using var server = await StartAsync("0.0.0.0");
        using var observer = new SignInBrowser(Loopback(server));
        using var researcher = new SignInBrowser(Loopback(server));
        (await observer.SignInAsync("olga", Password, returnUrl: "/")).Dispose();
        (await researcher.SignInAsync("rita", Password, returnUrl: "/")).Dispose();

        using var byObserver = await observer.PostAsync("/", new() { ["__RequestVerificationToken"] = await PageTokenAsync(observer) });
        using var byResearcher = await researcher.PostAsync("/", new() { ["__RequestVerificationToken"] = await PageTokenAsync(researcher) });

        Assert.Equal(HttpStatusCode.Forbidden, byObserver.StatusCode);
        Assert.StartsWith("403: an account with the role observer may not do this", await byObserver.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Forbidden, byResearcher.StatusCode); // the page itself answers (it has no form to post)
        Assert.NotEqual(HttpStatusCode.Redirect, byResearcher.StatusCode);
    }

    [Fact]
    public async Task Dashboard_OnLoopback_NoSignInAsked_NoSignOutShown()
    {
        await using var server = await StartAsync("127.0.0.1");
        using var browser = new SignInBrowser(server.Root);

        using var home = await browser.OpenAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain("signout", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task AddAsync(string name, AccountRole role) => new LabAccounts(_store, new LabPasswordHashing()).AddAsync(name, role, Password);

    private Task<DashboardServer> StartAsync(string host) => DashboardServer.StartAsync(new DashboardOptions(host, 0), _store);

    /// <summary>The server's root as reached from this machine (it listens on every address).</summary>
    private static Uri Loopback(DashboardServer server) => new UriBuilder(server.Root) { Host = "127.0.0.1" }.Uri;

    /// <summary>A form token of the signed-in page, as a form on it would carry.</summary>
    private static async Task<string> PageTokenAsync(SignInBrowser browser)
    {
        using var page = await browser.OpenAsync("/");
        return SignOutToken(await page.Content.ReadAsStringAsync());
    }

    private static string SignOutToken(string html)
    {
        var form = SignOutForm().Match(html);
        Assert.True(form.Success, "no sign-out form in the page");
        return SignInBrowser.TokenOf(form.Value);
    }

    [GeneratedRegex("<form class=\"signout\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex SignOutForm();
}
