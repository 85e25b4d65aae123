namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>Where a remote participant is with the consent screen.</summary>
public enum ConsentState
{
    /// <summary>Not answered yet: nothing is recorded, no browser runs.</summary>
    Pending,

    /// <summary>Agreed: the session started (browser, recording, tasks).</summary>
    Given,

    /// <summary>Refused: the session ended and nothing was stored for the participant.</summary>
    Refused,
}
