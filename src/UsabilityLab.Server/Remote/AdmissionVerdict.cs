namespace UsabilityLab.Server.Remote;

/// <summary>What the lab says about a participant link's token.</summary>
public enum AdmissionVerdict
{
    /// <summary>The link is valid: the participant page opens (200).</summary>
    Admitted,

    /// <summary>No such link (404): a mistyped or guessed token looks exactly like one that never existed.</summary>
    Unknown,

    /// <summary>The link's time is over (410).</summary>
    Expired,

    /// <summary>A single-use link already used by another participant or browser (409).</summary>
    Used,

    /// <summary>The researcher withdrew the link (403).</summary>
    Revoked,
}
