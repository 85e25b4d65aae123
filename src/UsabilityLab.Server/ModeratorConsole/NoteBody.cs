using Microsoft.AspNetCore.Http;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>The body of <c>POST /api/notes</c>, as the console's note form sends it.</summary>
internal sealed record NoteBody(double? WallMs, string? Tag, int Severity, string? Text)
{
    /// <summary>The note for the session; the session keeps its own guards, this says what is wrong with the request.</summary>
    /// <exception cref="BadHttpRequestException">An unknown tag, a severity outside 1–4, no text, or an infinite time.</exception>
    public NoteRequest ToRequest()
    {
        if (!ModeratorNote.TryParseTag(Tag, out var tag))
        {
            throw new BadHttpRequestException("tag must be issue, quote, positive or idea");
        }

        if (Severity is < ModeratorNote.MinSeverity or > ModeratorNote.MaxSeverity)
        {
            throw new BadHttpRequestException($"severity must be {ModeratorNote.MinSeverity}–{ModeratorNote.MaxSeverity}");
        }

        return string.IsNullOrWhiteSpace(Text)
            ? throw new BadHttpRequestException("the note is empty")
            : new NoteRequest(ClientTime.Checked(WallMs), tag, Severity, Text);
    }
}
