using System.Net;
using UsabilityLab.Application.Accounts;
using UsabilityLab.Core.Accounts;
using UsabilityLab.Server.Accounts;

namespace UsabilityLab.Server.Tests.Accounts;

/// <summary>The sign-in as browsers meet it, over HTTP on loopback: cookies, redirects, policies, refusals.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";

    private SignInHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await SignInHost.StartAsync();
        await _host.Accounts.AddAsync("alice", AccountRole.Researcher, Password);
        await _host.Accounts.AddAsync("olga", AccountRole.Observer, Password);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/runs")]
    [InlineData("/unmarked")]
    public async Task ProtectedPage_NotSignedIn_RedirectsToSignInWithItsPath(string path)
    {
        using var browser = _host.NewBrowser();

        using var response = await browser.OpenAsync(path + "?tab=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/signin", location.AbsolutePath);
        Assert.Equal("?returnUrl=" + Uri.EscapeDataString(path + "?tab=1"), location.Query);
    }

    [Fact]
    public async Task ProtectedPage_NotSignedInAndNoHtmlWanted_401_NoRedirect()
    {
        using var browser = _host.NewBrowser();

        using var response = await browser.FetchAsync("/runs");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignInPage_Get_AnonymousAccessibleFormWithToken_NotCachedNotFramed()
    {
        using var browser = _host.NewBrowser();

        using var response = await browser.OpenAsync("/signin?returnUrl=%2Fruns");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Sign in · UsabilityLab</title>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"name\">Name</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"name\" name=\"name\" type=\"text\" autocomplete=\"username\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">Password</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"returnUrl\" value=\"/runs\">", html, StringComparison.Ordinal);
        Assert.NotEmpty(SignInBrowser.TokenOf(html));
        Assert.Null(await SignInBrowser.AlertOf(response));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.StartsWith("default-src 'none'; style-src 'sha256-", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RightPassword_HttpOnlyLaxCookie_BackToTheReturnUrl_PageServed()
    {
        using var browser = _host.NewBrowser();

        using var response = await browser.SignInAsync("ALICE", Password, returnUrl: "/runs?tab=2");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/runs?tab=2", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(LabSignIn.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("httponly", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase); // plain HTTP here
        using var page = await browser.OpenAsync("/runs");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("runs, shown to alice", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignIn_WrongPassword_FormAgainWithAlert_NoCookie_PageStillRefused()
    {
        using var browser = _host.NewBrowser();

        using var response = await browser.SignInAsync("alice", Password + "!");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SignInPage.Refused, await SignInBrowser.AlertOf(response));
        Assert.Contains("value=\"alice\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(browser.AuthCookie);
        using var page = await browser.OpenAsync("/runs");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownName_SameAnswerAsAWrongPassword()
    {
        using var browser = _host.NewBrowser();

        using var unknown = await browser.SignInAsync("mallory", Password);
        using var wrong = await browser.SignInAsync("alice", "not the password at all");

        Assert.Equal((wrong.StatusCode, await SignInBrowser.AlertOf(wrong)), (unknown.StatusCode, await SignInBrowser.AlertOf(unknown)));
        Assert.Null(browser.AuthCookie);
    }

    [Theory]
    [InlineData("https://evil.example/runs")]
    [InlineData("//evil.example/runs")]
    [InlineData("/\\evil.example/runs")]
    [InlineData("/\t/evil.example/runs")]
    public async Task SignIn_ReturnUrlOfAnotherSite_GoesHomeInstead(string returnUrl)
    {
        using var browser = _host.NewBrowser();

        using var response = await browser.SignInAsync("alice", Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignInPage_ReturnUrlOfAnotherSite_NotPutInTheForm()
    {
        using var browser = _host.NewBrowser();

        using var response = await browser.OpenAsync("/signin?returnUrl=%2F%2Fevil.example");

        Assert.Contains("name=\"returnUrl\" value=\"/\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResearcherPage_Observer_403_ResearcherServed_AdminPageRefusesBoth()
    {
        using var observer = _host.NewBrowser();
        using var researcher = _host.NewBrowser();
        (await observer.SignInAsync("olga", Password)).Dispose();
        (await researcher.SignInAsync("alice", Password)).Dispose();

        using var observerRuns = await observer.OpenAsync("/runs");
        using var observerSettings = await observer.OpenAsync("/settings");
        using var researcherSettings = await researcher.OpenAsync("/settings");
        using var researcherAdmin = await researcher.OpenAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, observerRuns.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, observerSettings.StatusCode);
        Assert.StartsWith("403: an account with the role observer may not do this", await observerSettings.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, researcherSettings.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, researcherAdmin.StatusCode);
    }

    [Fact]
    public async Task SignIn_CrossSitePostWithoutTheFormToken_400_NotSignedIn()
    {
        using var browser = _host.NewBrowser();

        using var response = await browser.PostAsync("/signin", new() { ["name"] = "alice", ["password"] = Password, ["returnUrl"] = "/runs" }, origin: "https://evil.example");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(SignInPage.Expired, await SignInBrowser.AlertOf(response));
        Assert.Null(browser.AuthCookie);
    }

    [Fact]
    public async Task SignIn_TokenOfAnotherBrowser_400_NotSignedIn()
    {
        using var attacker = _host.NewBrowser();
        using var victim = _host.NewBrowser();
        var attackersToken = await attacker.FormTokenAsync();
        await victim.FormTokenAsync(); // the victim has an antiforgery cookie of its own

        using var response = await victim.PostAsync("/signin", new() { ["__RequestVerificationToken"] = attackersToken, ["name"] = "alice", ["password"] = Password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(victim.AuthCookie);
    }

    [Fact]
    public async Task PasswordChanged_OldCookie_RefusedWithinTheStampCacheTime_NewPasswordWorks()
    {
        using var browser = _host.NewBrowser();
        (await browser.SignInAsync("alice", Password)).Dispose();
        using (var before = await browser.OpenAsync("/runs"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await _host.Accounts.SetPasswordAsync("alice", "a brand new passphrase");
        _host.Time.Advance(AccountStamps.CacheFor);

        using var after = await browser.OpenAsync("/runs");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/signin", after.Headers.Location!.AbsolutePath);
        using var again = await browser.SignInAsync("alice", "a brand new passphrase");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        using var page = await browser.OpenAsync("/runs");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task RoleChanged_OldCookie_Refused_SignedInAgainWithTheNewRole()
    {
        using var browser = _host.NewBrowser();
        (await browser.SignInAsync("olga", Password)).Dispose();

        await _host.Accounts.SetRoleAsync("olga", AccountRole.Researcher);
        _host.Time.Advance(AccountStamps.CacheFor);
        using var stale = await browser.OpenAsync("/settings");
        (await browser.SignInAsync("olga", Password)).Dispose();
        using var fresh = await browser.OpenAsync("/settings");

        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task AccountRemoved_OldCookie_Refused()
    {
        using var browser = _host.NewBrowser();
        (await browser.SignInAsync("olga", Password)).Dispose();

        await _host.Accounts.RemoveAsync("olga");
        _host.Time.Advance(AccountStamps.CacheFor);
        using var response = await browser.FetchAsync("/runs");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_RightOneRefusedForFifteenMinutes_ThenAccepted()
    {
        using var browser = _host.NewBrowser();
        for (var i = 0; i < SignInLockout.MaxFailures; i++)
        {
            (await browser.SignInAsync("alice", "wrong password " + i)).Dispose();
        }

        using var locked = await browser.SignInAsync("alice", Password);
        _host.Time.Advance(SignInLockout.Duration);
        using var unlocked = await browser.SignInAsync("alice", Password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(SignInPage.Refused, await SignInBrowser.AlertOf(locked));
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.NotNull(browser.AuthCookie);
    }

    [Fact]
    public async Task SignIn_Idle8Hours_SignedOut_ARequestWithinKeepsItAlive()
    {
        using var browser = _host.NewBrowser();
        (await browser.SignInAsync("alice", Password)).Dispose();

        _host.Time.Advance(TimeSpan.FromHours(5));
        using var renewed = await browser.OpenAsync("/runs");
        _host.Time.Advance(TimeSpan.FromHours(5));
        using var stillIn = await browser.OpenAsync("/runs");
        _host.Time.Advance(LabSignIn.IdleLifetime + TimeSpan.FromMinutes(1));
        using var expired = await browser.OpenAsync("/runs");

        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithTheFormToken_SignedOut_WithoutIt400()
    {
        using var browser = _host.NewBrowser();
        (await browser.SignInAsync("alice", Password)).Dispose();

        using var forged = await browser.PostAsync("/signout", []);
        using var stillIn = await browser.OpenAsync("/runs");
        using var signOut = await browser.PostAsync("/signout", new() { ["__RequestVerificationToken"] = await browser.FormTokenAsync() });
        using var after = await browser.OpenAsync("/runs");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/signin", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Null(browser.AuthCookie);
    }

    [Fact]
    public async Task AnyAccountAsync_EmptyStoreThenOneAccount_FalseThenTrue()
    {
        var folder = Directory.CreateTempSubdirectory("lab-any-");
        try
        {
            var store = await Application.LabStore.OpenAsync(Path.Combine(folder.FullName, "lab.db"), CancellationToken.None);
            var before = await LabSignIn.AnyAccountAsync(store);
            await new LabAccounts(store, new LabPasswordHashing()).AddAsync("root", AccountRole.Admin, Password);

            Assert.False(before);
            Assert.True(await LabSignIn.AnyAccountAsync(store));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
