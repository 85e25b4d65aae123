using System.Net;

namespace UsabilityLab.DemoSite.Tests.Support;

/// <summary>One simulated shopper: an HttpClient with its own cookies that follows redirects like a browser.</summary>
public sealed class ShopperClient : IDisposable
{
    private readonly HttpClient _client;

    public ShopperClient(Uri baseUrl)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        _client = new HttpClient(handler) { BaseAddress = baseUrl };
    }

    public async Task<Page> GetAsync(string path) => await Page.FromAsync(await _client.GetAsync(new Uri(path, UriKind.Relative)));

    public async Task<Page> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await Page.FromAsync(await _client.PostAsync(new Uri(path, UriKind.Relative), content));
    }

    /// <summary>Adds a product the way the product form does (a size only for shoes).</summary>
    public Task<Page> AddToCartAsync(string slug, string size = "") => PostAsync("/cart/add", ("slug", slug), ("size", size));

    public void Dispose() => _client.Dispose();
}

/// <summary>A fetched page: final status, final URL (after redirects) and body.</summary>
public sealed record Page(HttpStatusCode Status, Uri Url, string Html, string? ContentType)
{
    public static async Task<Page> FromAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var html = await response.Content.ReadAsStringAsync();
            return new Page(response.StatusCode, response.RequestMessage!.RequestUri!, html, response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>The number in the header's cart badge.</summary>
    public int CartCount => int.Parse(HtmlQuery.Text(Html, "cart-count"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Only the page's own content, without header, nav and footer.</summary>
    public string Main => HtmlQuery.MainContent(Html);
}
