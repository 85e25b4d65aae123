namespace UsabilityLab.Core.Invitations;

/// <summary>
/// What presenting a link's token gets its bearer. The participant page answers each with its own HTTP status:
/// 200, 404, 410, 409, 403 and 200 (a thank-you page) in this order.
/// </summary>
public enum AdmissionVerdict
{
    /// <summary>The link was pending and is now used: its bearer is the invited participant.</summary>
    Admitted,

    /// <summary>No invitation has this token (mistyped, made up, or from another store).</summary>
    Unknown,

    /// <summary>The link's time ran out before it was used.</summary>
    Expired,

    /// <summary>The link admitted someone before; it works once.</summary>
    Used,

    /// <summary>A researcher withdrew the link.</summary>
    Revoked,

    /// <summary>The link's participant is back (their browser, after the lab server restarted) with every task done: nothing is left to start.</summary>
    Finished,
}
