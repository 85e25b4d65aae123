using UsabilityLab.Core.Devices;

namespace UsabilityLab.Core.Tests.Devices;

public class DeviceCatalogTests
{
    [Theory]
    [InlineData("iPhone 13", true)]
    [InlineData("Pixel 7", true)]
    [InlineData("iPad Mini landscape", true)]
    [InlineData("Desktop Chrome", false)]
    [InlineData("Desktop Safari", false)]
    public void HasTouch_KnownDevice_PhonesAndTabletsOnly(string name, bool touch)
    {
        Assert.True(DeviceCatalog.IsKnown(name));
        Assert.Equal(touch, DeviceCatalog.HasTouch(name));
    }

    [Fact]
    public void IsKnown_OtherSpelling_IsNotADevice() => Assert.False(DeviceCatalog.IsKnown("iphone 13"));

    [Fact]
    public void Names_EachOnce_AsPlaywrightHasThem() => Assert.Equal(DeviceCatalog.Names.Count, DeviceCatalog.Names.Distinct(StringComparer.Ordinal).Count());
}
