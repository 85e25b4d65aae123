using System.Text.Json.Serialization;

namespace UsabilityLab.Recording.Moderation;

/// <summary>What the participant's panel shows; the panel's and the console's pages read the names in quotes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ModerationPhase>))]
public enum ModerationPhase
{
    /// <summary><c>waiting</c>: for the moderator to show the first task.</summary>
    [JsonStringEnumMemberName("waiting")]
    Waiting,

    /// <summary><c>briefing</c>: a task is shown, the participant has not started it.</summary>
    [JsonStringEnumMemberName("briefing")]
    Briefing,

    /// <summary><c>active</c>: the participant works on the task (its clock runs).</summary>
    [JsonStringEnumMemberName("active")]
    Active,

    /// <summary><c>seq</c>: the single ease question after a task.</summary>
    [JsonStringEnumMemberName("seq")]
    Seq,

    /// <summary><c>between</c>: a task is done and another is left.</summary>
    [JsonStringEnumMemberName("between")]
    Between,

    /// <summary><c>sus</c>: the System Usability Scale after the last task.</summary>
    [JsonStringEnumMemberName("sus")]
    Sus,

    /// <summary><c>nps</c>: the Net Promoter question after the last task.</summary>
    [JsonStringEnumMemberName("nps")]
    Nps,

    /// <summary><c>finished</c>: every task and question is done.</summary>
    [JsonStringEnumMemberName("finished")]
    Finished,

    /// <summary><c>ended</c>: the session has ended.</summary>
    [JsonStringEnumMemberName("ended")]
    Ended,
}
