using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using UsabilityLab.Application.Accounts;
using UsabilityLab.Core.Accounts;

namespace UsabilityLab.Server.Accounts;

/// <summary>
/// The sign-in page: one form with a labelled name and password, the problem (when there is one) in an alert that
/// screen readers announce, and nothing it loads from elsewhere (its styles are inline, allowed by their hash).
/// </summary>
internal static class SignInPage
{
    /// <summary>What every refused sign-in says, whatever was wrong: nobody learns which names exist, or which are locked.</summary>
    public static readonly string Refused =
        $"The name and password do not match an account, or the account is locked: after {SignInLockout.MaxFailures} wrong passwords in a row it is locked for {SignInLockout.Minutes} minutes.";

    /// <summary>What someone is told when the single sign-on did not give them a lab sign-in (whatever the provider said).</summary>
    public const string SingleSignOnRefused = "The single sign-on did not sign you in to this lab: it was cancelled or failed, or your sign-in there gives no lab role. Ask whoever runs this lab for one.";

    /// <summary>What a form that came without its token (from another site, or from a page left open too long) is told.</summary>
    public const string Expired = "This form has expired or was sent from another site. Sign in again below.";

    private const string Style =
        "body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f4f5f7}" +
        "main{max-width:24rem;margin:10vh auto;padding:2rem;background:#fff;border:1px solid #c8ccd2;border-radius:8px}" +
        "h1{font-size:1.5rem;margin:0 0 1rem}label{display:block;font-weight:600;margin-top:1rem}" +
        "input{box-sizing:border-box;width:100%;padding:.5rem;font:inherit;border:1px solid #5f6670;border-radius:4px}" +
        "input:focus,button:focus{outline:3px solid #1a4f8b;outline-offset:2px}" +
        "button{margin-top:1.5rem;padding:.6rem 1.2rem;font:inherit;font-weight:600;color:#fff;background:#1a4f8b;border:0;border-radius:4px;cursor:pointer}" +
        ".error{color:#9b0d1a;background:#fdecee;border:1px solid #9b0d1a;border-radius:4px;padding:.5rem .75rem}" +
        ".hint{margin-top:1.5rem;color:#454b54;font-size:.9rem}" +
        ".sso{display:inline-block;margin-top:1rem;padding:.6rem 1.2rem;font-weight:600;color:#1a4f8b;border:2px solid #1a4f8b;border-radius:4px;text-decoration:none}" +
        ".sso:focus{outline:3px solid #1a4f8b;outline-offset:2px}";

    /// <summary>The response's Content-Security-Policy: nothing but this page's own inline styles, and forms only to this site.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>The page, posting to <paramref name="action"/>, with <paramref name="name"/> filled in and <paramref name="error"/> shown when given.</summary>
    /// <param name="singleSignOn">The OpenID Connect provider's display name when one is configured: the page offers it as a second way in.</param>
    public static string Render(string action, AntiforgeryTokenSet tokens, string returnUrl, string? name, string? error, string? singleSignOn = null)
    {
        var html = HtmlEncoder.Default;
        var described = error is null ? "" : " aria-describedby=\"signin-error\" aria-invalid=\"true\"";
        var focusName = string.IsNullOrEmpty(name) ? " autofocus" : "";
        var focusPassword = focusName.Length == 0 ? " autofocus" : "";
        var page = new StringBuilder(2048)
            .Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Sign in · UsabilityLab</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>Sign in to UsabilityLab</h1>\n");
        if (error is not null)
        {
            page.Append("<p id=\"signin-error\" class=\"error\" role=\"alert\">").Append(html.Encode(error)).Append("</p>\n");
        }

        page.Append("<form method=\"post\" action=\"").Append(html.Encode(action)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"").Append(html.Encode(tokens.FormFieldName)).Append("\" value=\"").Append(html.Encode(tokens.RequestToken ?? "")).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(html.Encode(returnUrl)).Append("\">\n")
            .Append("<label for=\"name\">Name</label>\n")
            .Append("<input id=\"name\" name=\"name\" type=\"text\" autocomplete=\"username\" autocapitalize=\"none\" spellcheck=\"false\" required maxlength=\"")
            .Append(AccountNames.MaxLength).Append("\" value=\"").Append(html.Encode(name ?? "")).Append('"').Append(described).Append(focusName).Append(">\n")
            .Append("<label for=\"password\">Password</label>\n")
            .Append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required").Append(described).Append(focusPassword).Append(">\n")
            .Append("<button type=\"submit\">Sign in</button>\n</form>\n");
        if (singleSignOn is not null)
        {
            page.Append("<p><a class=\"sso\" href=\"").Append(html.Encode(action + "/sso?returnUrl=" + Uri.EscapeDataString(returnUrl))).Append("\">Sign in with ")
                .Append(html.Encode(singleSignOn)).Append("</a></p>\n");
        }

        page
            .Append("<p class=\"hint\">No account yet? Whoever runs this lab adds one with <code>./lab users add NAME --role observer</code>.</p>\n")
            .Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }
}
