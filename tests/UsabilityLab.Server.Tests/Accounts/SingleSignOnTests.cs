using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using UsabilityLab.Application;
using UsabilityLab.Browser;
using UsabilityLab.Server.Accounts;
using UsabilityLab.Server.Dashboard;
using UsabilityLab.Server.Tests.ModeratorConsole;

namespace UsabilityLab.Server.Tests.Accounts;

/// <summary>
/// The dashboard beyond loopback with single sign-on at an OpenID Connect provider, in a real browser: the sign-in page
/// offers it, the code flow with PKCE comes back signed in with the role the provider's claim maps to, and someone
/// without a lab role is turned away with the reason and no cookie.
/// </summary>
public sealed class SingleSignOnTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lab-sso-");
    private FakeOpenIdProvider _provider = null!;
    private DashboardServer _server = null!;
    private LabBrowser _browser = null!;

    private Uri Root => new UriBuilder(_server.Root) { Host = "127.0.0.1" }.Uri;

    public async Task InitializeAsync()
    {
        _provider = await FakeOpenIdProvider.StartAsync();
        var settings = OpenIdSettings.FromEnvironment(name => name switch
        {
            OpenIdSettings.AuthorityVariable => _provider.Issuer.ToString(),
            OpenIdSettings.ClientIdVariable => FakeOpenIdProvider.ClientId,
            OpenIdSettings.ClientSecretVariable => FakeOpenIdProvider.ClientSecret,
            OpenIdSettings.NameVariable => "Example Corp",
            OpenIdSettings.RolesVariable => "ux-team=researcher, stakeholders=observer",
            _ => null,
        });
        // No account in the store: single sign-on is the only way in.
        var store = await LabStore.OpenAsync(Path.Combine(_folder.FullName, "lab.db"), CancellationToken.None);
        _server = await DashboardServer.StartAsync(new DashboardOptions("0.0.0.0", 0) { OpenId = settings }, store);
        _browser = await LabBrowser.LaunchAsync(BrowserConfigLoader.Load(ModerationFixture.RepositoryFile(BrowserConfigLoader.FileName)), headless: true);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _server.DisposeAsync();
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task SingleSignOn_ResearcherAtTheProvider_ComesBackSignedInWithThatRole()
    {
        _provider.NextUser = ("u-42", "grace", ["engineering", "ux-team"]);
        var context = await _browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(Root, "/").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in to UsabilityLab");
        await page.ClickAsync("text=Sign in with Example Corp");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Studies");
        Assert.Equal(new Uri(Root, "/").ToString(), page.Url);
        await Assertions.Expect(page.Locator("form.signout span")).ToHaveTextAsync("grace (researcher)");
        Assert.Equal(1, _provider.TokensIssued);
        var cookies = await context.CookiesAsync([Root.ToString()]);
        Assert.Contains(cookies, c => c.Name == LabSignIn.CookieName && c.HttpOnly);
        Assert.DoesNotContain(cookies, c => c.Name.StartsWith(".AspNetCore.Correlation", StringComparison.Ordinal) || c.Name.StartsWith(".AspNetCore.OpenIdConnect.Nonce", StringComparison.Ordinal));
        await context.CloseAsync();
    }

    [Fact]
    public async Task SingleSignOn_NoLabRoleAtTheProvider_RefusedWithTheReasonAndNoCookie()
    {
        _provider.NextUser = ("u-7", "mallory", ["engineering"]);
        var context = await _browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(Root, "/").ToString());
        await page.ClickAsync("text=Sign in with Example Corp");

        await Assertions.Expect(page.Locator("[role=alert]")).ToHaveTextAsync(SignInPage.SingleSignOnRefused);
        Assert.Equal(1, _provider.TokensIssued); // the provider said who it was; the lab said no
        Assert.DoesNotContain(await context.CookiesAsync([Root.ToString()]), c => c.Name == LabSignIn.CookieName);
        var response = await page.GotoAsync(new Uri(Root, "/").ToString());
        Assert.EndsWith("/signin?returnUrl=%2F", page.Url, StringComparison.Ordinal);
        Assert.Equal(200, response!.Status);
        await context.CloseAsync();
    }
}
