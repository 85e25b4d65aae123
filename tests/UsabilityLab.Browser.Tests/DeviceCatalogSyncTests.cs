using UsabilityLab.Core.Devices;

namespace UsabilityLab.Browser.Tests;

/// <summary>
/// Core validates device names from its own copy of Playwright's list (Core may not reference Playwright): the copy
/// must match the driver this build ships, names and touch screens both, or studies would pass validation and fail to run.
/// </summary>
public sealed class DeviceCatalogSyncTests
{
    [Fact]
    public async Task DeviceCatalog_ComparedWithPlaywrightsDevices_SameNamesAndTouch()
    {
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();

        Assert.Equal(playwright.Devices.Keys.Order(StringComparer.Ordinal), DeviceCatalog.Names.Order(StringComparer.Ordinal));
        Assert.All(playwright.Devices, d => Assert.True(d.Value.HasTouch == DeviceCatalog.HasTouch(d.Key), $"{d.Key}: touch {d.Value.HasTouch}"));
    }
}
