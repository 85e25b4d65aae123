using UsabilityLab.DemoSite.Catalog;

namespace UsabilityLab.DemoSite.Shopping;

/// <summary>One line of a cart: a product in one size, with a quantity.</summary>
internal sealed record CartLine(int Id, Product Product, string? Size, int Quantity)
{
    /// <summary>Price times quantity.</summary>
    public decimal LineTotal => Product.Price * Quantity;
}

/// <summary>
/// One shopper's cart. A browser can send requests in parallel (two tabs, a double-submitted form), so every
/// operation takes the lock and readers get snapshots.
/// </summary>
internal sealed class Cart
{
    private readonly Lock _gate = new();
    private readonly List<CartLine> _lines = [];
    private int _nextLineId = 1;

    /// <summary>A snapshot of the lines, oldest first.</summary>
    public IReadOnlyList<CartLine> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Number of items (sum of quantities): what the header badge shows.</summary>
    public int ItemCount
    {
        get
        {
            lock (_gate)
            {
                return _lines.Sum(l => l.Quantity);
            }
        }
    }

    /// <summary>Adds one item; the same product in the same size increases that line's quantity.</summary>
    public void Add(Product product, string? size)
    {
        lock (_gate)
        {
            var index = _lines.FindIndex(l => l.Product == product && l.Size == size);
            if (index >= 0)
            {
                _lines[index] = _lines[index] with { Quantity = _lines[index].Quantity + 1 };
            }
            else
            {
                _lines.Add(new CartLine(_nextLineId++, product, size, 1));
            }
        }
    }

    /// <summary>Removes a line; unknown ids are ignored (a stale page may post one).</summary>
    public void Remove(int lineId)
    {
        lock (_gate)
        {
            _lines.RemoveAll(l => l.Id == lineId);
        }
    }

    /// <summary>Removes everything.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _lines.Clear();
        }
    }

    /// <summary>Returns the lines and empties the cart in one step, so an order can't be placed twice.</summary>
    public IReadOnlyList<CartLine> TakeAll()
    {
        lock (_gate)
        {
            IReadOnlyList<CartLine> taken = [.. _lines];
            _lines.Clear();
            return taken;
        }
    }
}
