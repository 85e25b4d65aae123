using UsabilityLab.DemoSite.Catalog;
using UsabilityLab.DemoSite.Shopping;

namespace UsabilityLab.DemoSite.Tests.Shopping;

public sealed class CartTests
{
    private static readonly Product Shoe = ProductCatalog.FindProduct("trail-runner")!;
    private static readonly Product Lamp = ProductCatalog.FindProduct("headlamp")!;

    [Fact]
    public void Add_SameProductAndSize_IncreasesQuantity()
    {
        var cart = new Cart();
        cart.Add(Shoe, "42");
        cart.Add(Shoe, "42");
        cart.Add(Shoe, "43");

        Assert.Equal(2, cart.Lines.Count);
        Assert.Equal(3, cart.ItemCount);
        Assert.Equal(2, cart.Lines[0].Quantity);
    }

    [Fact]
    public void TakeAll_Called_ReturnsLinesAndEmptiesCart()
    {
        var cart = new Cart();
        cart.Add(Lamp, null);

        var taken = cart.TakeAll();

        Assert.Single(taken);
        Assert.Equal(0, cart.ItemCount);
        Assert.Empty(cart.TakeAll());
    }

    [Fact]
    public void Remove_UnknownLine_IsIgnored()
    {
        var cart = new Cart();
        cart.Add(Lamp, null);

        cart.Remove(99);

        Assert.Equal(1, cart.ItemCount);
    }
}
