namespace UsabilityLab.Core.Studies;

/// <summary>How the lab answers a page's alert, confirm, prompt or beforeunload dialog; every dialog is recorded with the answer.</summary>
public enum DialogPolicy
{
    /// <summary>OK / Leave: what a participant who meant the action they just took would answer.</summary>
    Accept,

    /// <summary>Cancel / Stay.</summary>
    Dismiss,
}
