using System.Text;
using UsabilityLab.Storage.Reading;

namespace UsabilityLab.Storage.Tests.Reading;

public sealed class Utf8StringPoolTests
{
    [Fact]
    public void Get_SameBytesTwice_ReturnsTheSameInstance()
    {
        var pool = new Utf8StringPool();

        var first = pool.Get("http://shop.test/cart"u8);
        var second = pool.Get("http://shop.test/cart"u8);

        Assert.Equal("http://shop.test/cart", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Get_ManyDistinctValues_EachDecodesToItsOwnText()
    {
        var pool = new Utf8StringPool();
        var values = Enumerable.Range(0, 5_000).Select(i => $"Größe {i} ✓").ToArray();

        // Twice over: the second pass meets both kept and replaced slots.
        foreach (var value in values.Concat(values))
        {
            Assert.Equal(value, pool.Get(Encoding.UTF8.GetBytes(value)));
        }
    }

    [Fact]
    public void Get_EmptyAndLongValues_DecodeExactly()
    {
        var pool = new Utf8StringPool();
        var longValue = new string('x', 4_000) + "é";

        Assert.Equal("", pool.Get([]));
        Assert.Equal(longValue, pool.Get(Encoding.UTF8.GetBytes(longValue)));
    }
}
