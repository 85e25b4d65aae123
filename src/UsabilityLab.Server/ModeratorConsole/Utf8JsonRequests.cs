using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>
/// Middleware that refuses a JSON body declaring any charset but <c>utf-8</c>: 415 with a short reason as
/// <c>{"error": …}</c>.
/// </summary>
/// <remarks>
/// JSON between systems is UTF-8 (RFC 8259, section 8.1), and a browser's <c>fetch</c> sends it so. Minimal APIs'
/// JSON binding throws on a charset it cannot look up — <c>charset=nope</c>, or even a quoted <c>"utf-8"</c>
/// (dotnet/aspnetcore#61514) — which would be a 500, and transcodes any other into text the route did not expect.
/// </remarks>
public sealed class Utf8JsonRequests(RequestDelegate next)
{
    /// <summary>Lets the request through, or answers 415.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!request.HasJsonContentType()
            || !MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || type.Charset.Value is null
            || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        await ErrorReply.WriteAsync(context.Response, StatusCodes.Status415UnsupportedMediaType, $"send JSON as UTF-8 (charset=utf-8 or none), not charset={type.Charset}");
    }
}
