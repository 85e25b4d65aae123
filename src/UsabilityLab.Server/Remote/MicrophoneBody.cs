using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// The body of the participant page's <c>POST audio/start</c> (when their recorder started, in what format) and of
/// <c>POST audio/{clip}/stop</c> (when it stopped). No time means now.
/// </summary>
/// <param name="WallMs">Unix milliseconds by the participant's clock; clamped onto the session's timeline.</param>
/// <param name="MimeType">The recorder's format: <c>audio/webm</c>, <c>audio/ogg</c> or <c>audio/mp4</c>, with an optional <c>codecs</c> parameter.</param>
public sealed partial record MicrophoneBody(double? WallMs, string? MimeType)
{
    /// <summary>The containers the dashboard's player plays (what MediaRecorder makes in Chromium, Firefox and Safari).</summary>
    public static IReadOnlyList<string> Containers { get; } = ["audio/webm", "audio/ogg", "audio/mp4"];

    /// <summary>The format as stored: the container, and the codecs when the recorder named them (e.g. <c>audio/webm;codecs=opus</c>).</summary>
    /// <exception cref="BadHttpRequestException">Missing, not one of <see cref="Containers"/>, or codecs that are not a short list of names.</exception>
    public string ToMimeType()
    {
        if (!MediaTypeHeaderValue.TryParse(MimeType?.Trim(), out var type)
            || Containers.FirstOrDefault(c => type.MediaType.Equals(c, StringComparison.OrdinalIgnoreCase)) is not { } container)
        {
            throw new BadHttpRequestException($"mimeType must be one of {string.Join(", ", Containers)} (with codecs=… if the recorder names them)");
        }

        var others = type.Parameters.Where(p => !p.Name.Equals("codecs", StringComparison.OrdinalIgnoreCase)).ToList();
        var codecs = type.Parameters.FirstOrDefault(p => p.Name.Equals("codecs", StringComparison.OrdinalIgnoreCase))?.Value.ToString().Trim('"');
        if (others.Count > 0 || (codecs is not null && !CodecNames().IsMatch(codecs)))
        {
            throw new BadHttpRequestException("mimeType may carry only codecs=… (letters, digits, dots and commas, at most 40)");
        }

        return codecs is null ? container : $"{container};codecs={codecs}";
    }

    [GeneratedRegex("^[A-Za-z0-9.,_-]{1,40}$")]
    private static partial Regex CodecNames();
}
