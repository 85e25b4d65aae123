using UsabilityLab.Browser;
using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Application.Moderation;

/// <summary>What <see cref="ModeratedRecording"/> records: a valid study file, the participant and the database.</summary>
/// <param name="Source">The loaded study file; it must be valid.</param>
/// <param name="SourcePath">The study file's full path, stored with the run.</param>
/// <param name="Participant">A pseudonymous label such as P07, never a name.</param>
/// <param name="DatabasePath">SQLite file; null for the default ($USABILITYLAB_DB or ./usabilitylab.db).</param>
public sealed record ModerateSettings(StudyLoadResult Source, string? SourcePath, string Participant, string? DatabasePath)
{
    /// <summary>Loopback port of the moderator console; 0 picks a free one.</summary>
    public int ConsolePort { get; init; }

    /// <summary>Run the participant's browser without a window (also when there is no display).</summary>
    public bool Headless { get; init; }

    /// <summary>
    /// A remote participant: no browser window here; the participant opens the link the session prints, agrees to be
    /// recorded, and uses a headless browser streamed to that page. The session starts on their consent.
    /// </summary>
    public bool Remote { get; init; }

    /// <summary>Loopback port of the participant page (remote sessions); 0 picks a free one.</summary>
    public int ParticipantPort { get; init; }

    /// <summary>The moderated run to add the session to; null for the latest of this study file, else a new run.</summary>
    public long? Run { get; init; }

    /// <summary>The browser to record with; null reads playwright.config.json.</summary>
    public BrowserConfig? Browser { get; init; }
}
