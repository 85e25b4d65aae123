using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>
/// Middleware that makes every 4xx answer say why, as <c>{"error": …}</c>: a <see cref="BadHttpRequestException"/>
/// (a route's own check, a body over the route's size limit, JSON the route cannot bind) becomes its status code with
/// its message, and a 4xx that would go out empty (no such route, wrong method) gets its reason phrase.
/// </summary>
/// <remarks>
/// Minimal APIs answer a body they cannot bind with an empty 400 unless <c>RouteHandlerOptions.ThrowOnBadRequest</c> is
/// set; set it, so the reason reaches this middleware instead of the log. Anything else an endpoint throws is a bug
/// and stays a 500.
/// </remarks>
public sealed class ClientErrorReasons(RequestDelegate next)
{
    /// <summary>Runs the rest of the pipeline and gives its client errors a reason.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await ErrorReply.WriteAsync(context.Response, ex.StatusCode, Reason(ex));
            return;
        }

        var response = context.Response;
        if (response.StatusCode is >= 400 and < 500 && !response.HasStarted && response.ContentLength is null && response.ContentType is null)
        {
            await ErrorReply.WriteAsync(response, response.StatusCode, StatusReason(context));
        }
    }

    /// <summary>E.g. "Not Found: GET /nope"; a body over the limit also says the limit.</summary>
    private static string StatusReason(HttpContext context)
    {
        var reason = $"{ReasonPhrases.GetReasonPhrase(context.Response.StatusCode)}: {context.Request.Method} {context.Request.Path}";
        return context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge && context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit
            ? $"{reason} takes at most {limit} bytes"
            : reason;
    }

    /// <summary>The exception's message, and where in the JSON it went wrong when that is known.</summary>
    private static string Reason(BadHttpRequestException ex) =>
        ex.InnerException is JsonException { Path: { } path } ? $"{ex.Message} (at {path})" : ex.Message;
}
