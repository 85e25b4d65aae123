using System.Collections.Concurrent;
using System.Globalization;

namespace UsabilityLab.DemoSite.Shopping;

/// <summary>
/// A placed order. Deliberately holds no card number and no password: the demo site never keeps either,
/// because recordings of it end up in reports.
/// </summary>
internal sealed record Order(
    string Number,
    string CustomerName,
    string Email,
    IReadOnlyList<CartLine> Lines,
    ShippingOption Shipping)
{
    /// <summary>Items plus shipping.</summary>
    public decimal Total => Lines.Sum(l => l.LineTotal) + Shipping.Price;
}

/// <summary>In-memory orders, looked up by their number (SO-12345).</summary>
internal sealed class OrderStore
{
    private readonly ConcurrentDictionary<string, Order> _orders = new(StringComparer.Ordinal);

    /// <summary>Stores a new order under a fresh, unique number.</summary>
    public Order Place(string customerName, string email, IReadOnlyList<CartLine> lines, ShippingOption shipping)
    {
        while (true)
        {
            var number = "SO-" + Random.Shared.Next(10000, 100000).ToString(CultureInfo.InvariantCulture);
            var order = new Order(number, customerName, email, lines, shipping);
            if (_orders.TryAdd(number, order))
            {
                return order;
            }
        }
    }

    /// <summary>The order with this number, or null.</summary>
    public Order? Find(string number) => _orders.GetValueOrDefault(number);
}
