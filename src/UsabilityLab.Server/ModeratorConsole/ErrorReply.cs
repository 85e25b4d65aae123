using Microsoft.AspNetCore.Http;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>The one shape of a refusal: a status code and <c>{"error": "short reason"}</c>, which the console's page shows as is.</summary>
public static class ErrorReply
{
    /// <summary>Answers with <paramref name="statusCode"/> and <paramref name="reason"/>.</summary>
    public static Task WriteAsync(HttpResponse response, int statusCode, string reason)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = statusCode;
        return response.WriteAsJsonAsync(new { error = reason });
    }
}
