using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UsabilityLab.Application.Invitations;
using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Server.Tests.Dashboard;

/// <summary>
/// Remote participants' links made on the dashboard from the study file the demo runs were recorded from: shown once,
/// each a working link, listed with its status afterwards, and revocable.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed partial class InvitationsPageTests(DashboardFixture fixture)
{
    [Fact]
    public async Task InvitationsPage_MakeTwoLinks_ShownOnceWorkingThenListed_OneRevoked()
    {
        var page = await fixture.OpenAsync("/studies/Demo%20shop");
        await page.ClickAsync("text=Remote participants");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Remote participants of Demo shop");
        await page.Locator("input[type=number]").FillAsync("2");
        await page.ClickAsync("button:has-text('Make links')");

        var made = page.Locator(".new-links tbody tr");
        await Assertions.Expect(made).ToHaveCountAsync(2);
        var links = await page.Locator(".new-links code.link").AllInnerTextsAsync();
        var tokens = links.Select(link => LinkPattern().Match(link)).Select(m => m.Success ? m.Groups["token"].Value : throw new Xunit.Sdk.XunitException($"not a participant link: {string.Join(" ", links)}")).ToArray();
        Assert.All(links, link => Assert.StartsWith(fixture.Server.Root.ToString(), link, StringComparison.Ordinal));
        var labels = await page.Locator(".new-links tbody td:first-child").AllInnerTextsAsync();
        await Accessibility.AssertCleanAsync(page, fixture.Axe);

        // Each link is real: the first admits its participant (once).
        var invitations = new ParticipantInvitations(fixture.Store);
        var admitted = await invitations.RedeemAsync(tokens[0], "browser-1", CancellationToken.None);
        Assert.Equal((AdmissionVerdict.Admitted, labels[0]), (admitted.Verdict, admitted.Invitation!.Participant));

        // Shown once: a reload lists them without their links.
        await page.GotoAsync(page.Url);
        await Assertions.Expect(page.Locator(".new-links")).ToHaveCountAsync(0);
        Assert.DoesNotContain(tokens[1], await page.ContentAsync(), StringComparison.Ordinal);
        var first = page.Locator("tr", new() { HasText = labels[0] });
        var second = page.Locator("tr", new() { HasText = labels[1] });
        await Assertions.Expect(first.Locator("td").Nth(4)).ToContainTextAsync("used");
        await Assertions.Expect(second.Locator("td").Nth(4)).ToHaveTextAsync("pending");

        await second.Locator("button", new() { HasText = "Revoke" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = labels[1] }).Locator("td").Nth(4)).ToHaveTextAsync("revoked");
        Assert.Equal(AdmissionVerdict.Revoked, (await invitations.RedeemAsync(tokens[1], "browser-1", CancellationToken.None)).Verdict);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/p/(?<token>[A-Za-z0-9_-]{43})/$")]
    private static partial Regex LinkPattern();
}
