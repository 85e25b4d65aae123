using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Application.Invitations;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// Middleware in front of every participant route: the path must be <c>/p/{token}/…</c> and the token admitted by the
/// <see cref="IParticipantAdmission"/> (else its status: 404, 410, 409 or 403, with a sentence for the participant);
/// anything outside <c>/p/</c> is 404, and <c>/p/{token}</c> is redirected to <c>/p/{token}/</c>. It also sets the headers every answer carries: no caching, no referrer (the
/// token is in the URL), no framing, and a content security policy that lets the page load only its own files.
/// </summary>
/// <remarks>
/// A link is redeemed once: the first admitted request binds the link to its browser with a random cookie (HttpOnly,
/// SameSite=Lax — a link opened from webmail or chat is a cross-site navigation that must still carry it — limited to the link's path). From then on that browser comes in by its cookie (reloads, the
/// stream, the panel), and any other browser with the same link gets 409 "used", whatever the admission would say.
/// </remarks>
internal sealed partial class ParticipantLinkGuard(RequestDelegate next, IParticipantAdmission admission)
{
    private const string CookieName = "lab-participant";

    /// <summary>Redeemed links: token → the secret of the browser that redeemed it.</summary>
    private readonly ConcurrentDictionary<string, string> _redeemed = new(StringComparer.Ordinal);

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
        var verdict = match.Success ? await AdmitAsync(context, match.Groups["token"].Value) : AdmissionVerdict.Unknown;
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

    private async Task<AdmissionVerdict> AdmitAsync(HttpContext context, string token)
    {
        if (_redeemed.TryGetValue(token, out var browser))
        {
            return SameSecret(context.Request.Cookies[CookieName], browser) ? AdmissionVerdict.Admitted : AdmissionVerdict.Used;
        }

        var verdict = (await admission.AdmitAsync(token, context.RequestAborted)).Verdict;
        if (verdict != AdmissionVerdict.Admitted)
        {
            return verdict;
        }

        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        if (!_redeemed.TryAdd(token, secret))
        {
            return AdmissionVerdict.Used; // another browser redeemed the link in the same moment
        }

        context.Response.Cookies.Append(CookieName, secret, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = $"/p/{token}", // the page, its files, the panel and the stream; no other link's
            IsEssential = true,
        });
        return AdmissionVerdict.Admitted;
    }

    private static bool SameSecret(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), Encoding.ASCII.GetBytes(expected));

    [GeneratedRegex("^/p/(?<token>[A-Za-z0-9_-]{1,128})(?<rest>/.*)?$")]
    private static partial Regex LinkPath();
}
