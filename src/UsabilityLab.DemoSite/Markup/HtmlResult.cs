using Microsoft.AspNetCore.Http;

namespace UsabilityLab.DemoSite.Markup;

/// <summary>Turns a rendered page into an endpoint result.</summary>
internal static class HtmlResult
{
    private const string ContentType = "text/html; charset=utf-8";

    /// <summary>A page with the given status (200 unless said otherwise).</summary>
    public static IResult Page(Html page, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(page.ToString(), ContentType, System.Text.Encoding.UTF8, statusCode);

    /// <summary>
    /// 303 See Other after a successful POST, so that reload and back never re-submit a form
    /// (the post/redirect/get pattern a real shop uses).
    /// </summary>
    public static IResult SeeOther(string location) => new SeeOtherResult(location);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
