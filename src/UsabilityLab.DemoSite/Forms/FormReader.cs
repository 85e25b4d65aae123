using Microsoft.AspNetCore.Http;

namespace UsabilityLab.DemoSite.Forms;

/// <summary>
/// Reads posted forms by hand. Binding [FromForm] parameters in minimal APIs switches on antiforgery checks,
/// which a throwaway demo shop doesn't need; reading the form directly keeps each endpoint explicit.
/// </summary>
internal static class FormReader
{
    /// <summary>The posted form, or an empty one when the body isn't a form (a client bug, not worth a 500).</summary>
    public static async Task<IFormCollection> ReadAsync(HttpRequest request) =>
        request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted) : FormCollection.Empty;

    /// <summary>A trimmed field value, or an empty string when missing.</summary>
    public static string Text(this IFormCollection form, string name) => form[name].ToString().Trim();
}
