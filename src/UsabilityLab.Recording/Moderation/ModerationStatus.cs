using System.Text.Json.Serialization;

namespace UsabilityLab.Recording.Moderation;

/// <summary>Where a moderated session stands; the console's page reads the names in quotes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ModerationStatus>))]
public enum ModerationStatus
{
    /// <summary><c>starting</c>: the participant's browser is being opened.</summary>
    [JsonStringEnumMemberName("starting")]
    Starting,

    /// <summary><c>running</c>: the participant's browser is open and recorded.</summary>
    [JsonStringEnumMemberName("running")]
    Running,

    /// <summary><c>browser-lost</c>: the participant's browser closed or crashed; what was recorded is kept, and the session can go on in a new browser.</summary>
    [JsonStringEnumMemberName("browser-lost")]
    BrowserLost,

    /// <summary><c>ended</c>: by the moderator, by all tasks done, or interrupted.</summary>
    [JsonStringEnumMemberName("ended")]
    Ended,
}
