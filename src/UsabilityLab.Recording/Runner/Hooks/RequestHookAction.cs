using System.Net.Http.Headers;
using System.Text;
using UsabilityLab.Core.Studies.Hooks;

namespace UsabilityLab.Recording.Runner.Hooks;

/// <summary>Sends a request hook's request and checks its status.</summary>
internal static class RequestHookAction
{
    /// <summary>Most of an unexpected answer's body quoted in the failure line: enough for an error message.</summary>
    private const int QuotedChars = 200;

    // One client for the process: no cookies (a reset endpoint is no session), redirects followed and *.localhost
    // reached as a browser would.
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseCookies = false, ConnectCallback = LoopbackNames.ConnectAsync })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Null when the answer had the expected status; else what went wrong ("answered 500 …").</summary>
    public static async Task<string?> RunAsync(RequestHook hook, Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(hook.Method), url);
        if (hook.Body is not null)
        {
            request.Content = new StringContent(hook.Body, Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in hook.Headers)
        {
            if (request.Content is not null && name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                request.Content.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
            else if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                return $"has a header the request cannot carry: {name}";
            }
        }

        try
        {
            using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (hook.Status is { } expected ? status == expected : response.IsSuccessStatusCode)
            {
                return null;
            }

            var said = await QuoteAsync(response.Content, cancellationToken);
            return $"answered {status} {response.ReasonPhrase}, expected {(hook.Status is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "2xx")}{(said.Length > 0 ? $": {said}" : "")}";
        }
        catch (HttpRequestException ex)
        {
            return $"could not be sent: {ex.Message}";
        }
    }

    private static async Task<string> QuoteAsync(HttpContent content, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(await content.ReadAsStreamAsync(cancellationToken));
        var buffer = new char[QuotedChars];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return string.Join(' ', new string(buffer, 0, read).Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
