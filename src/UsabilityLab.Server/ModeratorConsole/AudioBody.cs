using Microsoft.AspNetCore.Http;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>
/// The body of <c>POST /api/audio</c> (when recording started, in what format) and of its <c>/stop</c> (when it
/// stopped). No time means now.
/// </summary>
internal sealed record AudioBody(double? WallMs, string? MimeType)
{
    /// <summary>Fits the stored clip's column (100 characters).</summary>
    private const int MaxMimeTypeLength = 100;

    /// <summary>The recorder's format, or empty when it did not say (the session then assumes WebM).</summary>
    /// <exception cref="BadHttpRequestException">Not an audio type, or too long to store.</exception>
    public string ToMimeType()
    {
        var type = MimeType?.Trim() ?? "";
        return type.Length == 0 || (type.Length <= MaxMimeTypeLength && type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase))
            ? type
            : throw new BadHttpRequestException($"mimeType must be an audio type (audio/…) of at most {MaxMimeTypeLength} characters");
    }
}
