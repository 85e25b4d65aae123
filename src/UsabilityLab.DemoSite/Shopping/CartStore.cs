using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace UsabilityLab.DemoSite.Shopping;

/// <summary>
/// In-memory carts keyed by the <c>demo_cart</c> cookie. Each browser context of a study run gets its own
/// cookie jar, so simulated participants never see each other's carts. Nothing survives a restart, by design.
/// </summary>
internal sealed class CartStore
{
    /// <summary>The cookie that identifies a shopper.</summary>
    public const string CookieName = "demo_cart";

    private readonly ConcurrentDictionary<string, Cart> _carts = new(StringComparer.Ordinal);

    /// <summary>The cart of this request's shopper, or null when they have none yet (reading never creates one).</summary>
    public Cart? Find(HttpRequest request) =>
        ReadId(request) is { } id && _carts.TryGetValue(id, out var cart) ? cart : null;

    /// <summary>Items in this shopper's cart, 0 when they have none.</summary>
    public int CountFor(HttpRequest request) => Find(request)?.ItemCount ?? 0;

    /// <summary>The shopper's cart, creating it (and setting the cookie) when needed.</summary>
    public Cart GetOrCreate(HttpContext context)
    {
        var id = ReadId(context.Request);
        if (id is null)
        {
            id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Response.Cookies.Append(CookieName, id, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                IsEssential = true,
            });
        }

        return _carts.GetOrAdd(id, _ => new Cart());
    }

    private static string? ReadId(HttpRequest request)
    {
        // Only accept ids we could have issued; anything else is treated as "no cart yet".
        var value = request.Cookies[CookieName];
        return value is { Length: 32 } && value.All(char.IsAsciiHexDigitLower) ? value : null;
    }
}
