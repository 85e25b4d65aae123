namespace UsabilityLab.Core.Accounts;

/// <summary>What a lab account may do on the dashboard; each role may do everything the one before it may.</summary>
public enum AccountRole
{
    /// <summary>Reads the dashboard's pages: runs, metrics, reports. Changes nothing.</summary>
    Observer,

    /// <summary>An observer who may also change things: start sessions, take notes, mark outcomes.</summary>
    Researcher,

    /// <summary>A researcher who may also manage the lab itself.</summary>
    Admin,
}
