using System.Net;
using System.Net.Http.Headers;
using System.Net.Mime;
using System.Text.RegularExpressions;
using UsabilityLab.Server.Accounts;

namespace UsabilityLab.Server.Tests.Accounts;

/// <summary>What a browser does with the sign-in: keeps its cookies, loads the form, posts it with the form's token.</summary>
internal sealed partial class SignInBrowser : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _client;

    public SignInBrowser(Uri root) =>
        _client = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = root };

    /// <summary>The sign-in cookie's value; null when the browser has none.</summary>
    public string? AuthCookie => _cookies.GetCookies(_client.BaseAddress!).FirstOrDefault(c => c.Name == LabSignIn.CookieName)?.Value;

    /// <summary>A page as a person opens it (the browser asks for HTML).</summary>
    public Task<HttpResponseMessage> OpenAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaTypeNames.Text.Html));
        return _client.SendAsync(request);
    }

    /// <summary>A request from a script that wants no HTML.</summary>
    public Task<HttpResponseMessage> FetchAsync(string path) => _client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Loads the sign-in page and returns its form's antiforgery token.</summary>
    public async Task<string> FormTokenAsync()
    {
        using var page = await OpenAsync(LabSignIn.SignInPath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return TokenOf(await page.Content.ReadAsStringAsync());
    }

    /// <summary>Fills in and sends the sign-in form as the page has it, with <paramref name="returnUrl"/> in its hidden field.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string name, string password, string returnUrl = "/runs") =>
        await PostAsync(LabSignIn.SignInPath, new()
        {
            ["__RequestVerificationToken"] = await FormTokenAsync(),
            ["returnUrl"] = returnUrl,
            ["name"] = name,
            ["password"] = password,
        });

    /// <summary>Posts <paramref name="fields"/> as a form, as a page of <paramref name="origin"/> does (this site's when null).</summary>
    public Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaTypeNames.Text.Html));
        request.Headers.Add("Origin", origin ?? _client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return _client.SendAsync(request);
    }

    /// <summary>A page as a person opens it, by another name for the server than the one connected to (the <c>Host</c> header).</summary>
    public Task<HttpResponseMessage> OpenAsHostAsync(string path, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaTypeNames.Text.Html));
        request.Headers.Host = host;
        return _client.SendAsync(request);
    }

    /// <summary>The text of the page's alert; null when it has none.</summary>
    public static async Task<string?> AlertOf(HttpResponseMessage response)
    {
        var match = Alert().Match(await response.Content.ReadAsStringAsync());
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public static string TokenOf(string html)
    {
        var match = Token().Match(html);
        Assert.True(match.Success, "no antiforgery field in the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("role=\"alert\">([^<]*)<")]
    private static partial Regex Alert();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
