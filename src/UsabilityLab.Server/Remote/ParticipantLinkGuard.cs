using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// Middleware in front of every participant route: the path must be <c>/p/{token}/…</c> and the token admitted by the
/// <see cref="IParticipantAdmission"/> (else its status: 404, 410, 409 or 403, with a sentence for the participant);
/// anything outside <c>/p/</c> is 404, and <c>/p/{token}</c> is redirected to <c>/p/{token}/</c>. It also sets the headers every answer carries: no caching, no referrer (the
/// token is in the URL), no framing, and a content security policy that lets the page load only its own files.
/// </summary>
internal sealed partial class ParticipantLinkGuard(RequestDelegate next, IParticipantAdmission admission)
{
    /// <summary>Scripts and connections only to this server; inline styles are allowed because the task panel builds its stylesheet at run time.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' blob: data:; connect-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Lets an admitted request through, or answers with the verdict's status.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        var match = LinkPath().Match(context.Request.Path.Value ?? "");
        var verdict = match.Success ? await admission.CheckAsync(match.Groups["token"].Value, context.RequestAborted) : AdmissionVerdict.Unknown;
        if (verdict != AdmissionVerdict.Admitted)
        {
            context.Response.StatusCode = AdmissionReplies.StatusCode(verdict);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                $"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Link not valid</title><p>{WebUtility.HtmlEncode(AdmissionReplies.Message(verdict))}</p></html>");
            return;
        }

        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (!match.Groups["rest"].Success)
        {
            // The page's files are relative to the link's folder: /p/TOKEN becomes /p/TOKEN/.
            context.Response.Redirect($"/p/{match.Groups["token"].Value}/");
            return;
        }

        await next(context);
    }

    [GeneratedRegex("^/p/(?<token>[A-Za-z0-9_-]{1,128})(?<rest>/.*)?$")]
    private static partial Regex LinkPath();
}
