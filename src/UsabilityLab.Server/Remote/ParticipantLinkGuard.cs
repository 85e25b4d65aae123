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
/// A link is used by its participant's consent, not by being opened: until then any browser may read the consent
/// screen (a <see cref="LinkPreview"/>: GETs only, no stream, no panel), so a chat's link preview or a mail scanner
/// that opens every link never uses it up. The consent binds the link to its browser with a random cookie (HttpOnly,
/// SameSite=Lax — a link opened from webmail or chat is a cross-site navigation that must still carry it — limited to
/// the link's path), whose hash the invitation keeps. From then on that browser comes in by its cookie (reloads, the
/// stream, the panel, and after the lab server restarted), and any other browser with the same link gets 409 "used".
/// </remarks>
internal sealed partial class ParticipantLinkGuard(RequestDelegate next, IParticipantAdmission admission)
{
    private const string CookieName = "lab-participant";

    /// <summary>Links used in this process: token → the secret of the browser that used it.</summary>
    private readonly ConcurrentDictionary<string, string> _bound = new(StringComparer.Ordinal);

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
        var (verdict, preview) = match.Success ? await AdmitAsync(context, match.Groups["token"].Value, match.Groups["rest"].Value) : (AdmissionVerdict.Unknown, null);
        if (verdict != AdmissionVerdict.Admitted)
        {
            await RefuseAsync(context.Response, AdmissionReplies.StatusCode(verdict), AdmissionReplies.Message(verdict), AdmissionReplies.Title(verdict));
            return;
        }

        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (!match.Groups["rest"].Success)
        {
            // The page's files are relative to the link's folder: /p/TOKEN becomes /p/TOKEN/.
            context.Response.Redirect($"/p/{match.Groups["token"].Value}/");
            return;
        }

        if (preview is not null)
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) || match.Groups["rest"].Value == "/stream")
            {
                await RefuseAsync(context.Response, StatusCodes.Status409Conflict, "The session starts once you agree on the first page of your link.");
                return;
            }

            context.Items[LinkPreview.Key] = preview;
        }

        await next(context);
    }

    /// <summary>The verdict for this request, and the preview it is when the link is not used by this browser yet.</summary>
    private async Task<(AdmissionVerdict Verdict, LinkPreview? Preview)> AdmitAsync(HttpContext context, string token, string rest)
    {
        var cookie = context.Request.Cookies[CookieName];
        var secret = cookie is { Length: SecretLength } && cookie.All(char.IsAsciiHexDigitLower) ? cookie : null;
        if (_bound.TryGetValue(token, out var browser))
        {
            return (SameSecret(secret, browser) ? AdmissionVerdict.Admitted : AdmissionVerdict.Used, null);
        }

        var ct = context.RequestAborted;
        if (!(HttpMethods.IsPost(context.Request.Method) && rest == "/consent"))
        {
            var look = await admission.CheckAsync(token, secret, ct);
            if (look.Verdict != AdmissionVerdict.Admitted)
            {
                return (look.Verdict, null);
            }

            // A used link admits only the browser that used it: that is a participant coming back after the lab
            // server restarted (its admission has made their seat again).
            return look.Invitation?.UsedAt is not null && secret is not null && Bind(token, secret)
                ? (AdmissionVerdict.Admitted, null)
                : (AdmissionVerdict.Admitted, new LinkPreview(look.Invitation?.StudyName));
        }

        // The participant's answer on the consent screen uses the link, for this browser.
        var fresh = secret is null;
        secret ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretLength / 2));
        var verdict = (await admission.RedeemAsync(token, secret, ct)).Verdict;
        if (verdict != AdmissionVerdict.Admitted)
        {
            return (verdict, null);
        }

        if (!Bind(token, secret))
        {
            return (AdmissionVerdict.Used, null); // another browser used the link in the same moment
        }

        if (fresh)
        {
            context.Response.Cookies.Append(CookieName, secret, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                Path = $"/p/{token}", // the page, its files, the panel and the stream; no other link's
                IsEssential = true,
            });
        }

        return (AdmissionVerdict.Admitted, null);
    }

    /// <summary>Binds the link to the browser holding <paramref name="secret"/>; false when another browser holds it.</summary>
    private bool Bind(string token, string secret) => SameSecret(secret, _bound.GetOrAdd(token, secret));

    private static async Task RefuseAsync(HttpResponse response, int status, string message, string title = "Link not valid")
    {
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title><p>{WebUtility.HtmlEncode(message)}</p></html>");
    }

    /// <summary>Hex characters of a browser's secret (16 random bytes).</summary>
    private const int SecretLength = 32;

    private static bool SameSecret(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), Encoding.ASCII.GetBytes(expected));

    [GeneratedRegex("^/p/(?<token>[A-Za-z0-9_-]{1,128})(?<rest>/.*)?$")]
    private static partial Regex LinkPath();
}
