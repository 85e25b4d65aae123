using Microsoft.Playwright;
using UsabilityLab.Application.Accounts;
using UsabilityLab.Core.Accounts;
using UsabilityLab.Server.Accounts;
using UsabilityLab.Server.Dashboard;
using UsabilityLab.Server.Tests.Dashboard;

namespace UsabilityLab.Server.Tests.Accounts;

/// <summary>
/// Signing in to the dashboard served beyond loopback, in Chromium, as a person does it: the sign-in page (with and
/// without its alert) and the signed-in page's header pass axe-core with no serious or critical violation.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class SignInAccessibilityTests(DashboardFixture fixture)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task SignInPage_WrongThenRightPassword_AxeClean_SignedInHeaderSignsOut()
    {
        await AddAsync("axe-observer");
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("0.0.0.0", 0), fixture.Store);
        var root = new UriBuilder(server.Root) { Host = "127.0.0.1" }.Uri;
        var context = await fixture.Browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(root.ToString());
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Sign in · UsabilityLab", await page.TitleAsync());
        await Accessibility.AssertCleanAsync(page, fixture.Axe);

        await page.GetByLabel("Name").FillAsync("axe-observer");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(SignInPage.Refused);
        Assert.Equal("axe-observer", await page.GetByLabel("Name").InputValueAsync());
        await Accessibility.AssertCleanAsync(page, fixture.Axe);

        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(root.ToString());
        await Assertions.Expect(page.Locator("header form.signout")).ToContainTextAsync("axe-observer (observer)");
        await Accessibility.AssertCleanAsync(page, fixture.Axe);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(root, LabSignIn.SignInPath).ToString());
        await context.CloseAsync();
    }

    private async Task AddAsync(string name)
    {
        var accounts = new LabAccounts(fixture.Store, new LabPasswordHashing());
        if (await accounts.FindAsync(name) is null)
        {
            await accounts.AddAsync(name, AccountRole.Observer, Password);
        }
    }
}
