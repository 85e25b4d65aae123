using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Server.Dashboard.Components;

/// <summary>What the session page's note form posts.</summary>
public sealed class NoteForm
{
    /// <summary>The moment, in seconds since the session started.</summary>
    public double Seconds { get; set; }

    /// <summary>issue, quote, positive or idea.</summary>
    public NoteTag Tag { get; set; } = NoteTag.Issue;

    /// <summary>1 cosmetic … 4 critical.</summary>
    public int Severity { get; set; } = 2;

    /// <summary>The note.</summary>
    public string Text { get; set; } = "";
}
