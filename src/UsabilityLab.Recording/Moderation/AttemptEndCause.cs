namespace UsabilityLab.Recording.Moderation;

/// <summary>Why a moderated attempt ended.</summary>
internal enum AttemptEndCause
{
    /// <summary>The participant pressed "I'm done".</summary>
    ParticipantDone,

    /// <summary>The participant pressed "I give up".</summary>
    ParticipantGaveUp,

    /// <summary>The moderator marked the running attempt as a success or failure.</summary>
    ModeratorMarked,

    /// <summary>The moderator ended the session while the attempt ran.</summary>
    SessionEnded,

    /// <summary>The participant's browser closed or crashed.</summary>
    BrowserLost,

    /// <summary>The lab was stopped (Ctrl-C); the task is offered again when the participant's session continues.</summary>
    Interrupted,
}
