namespace UsabilityLab.Server.Dashboard.Components;

/// <summary>What the invitations page's form posts.</summary>
public sealed class InviteForm
{
    /// <summary>How many links: one per participant.</summary>
    public int Participants { get; set; } = 5;

    /// <summary>Whether a moderator leads the sessions.</summary>
    public bool Moderated { get; set; }

    /// <summary>Days until the links expire.</summary>
    public int Days { get; set; } = 7;
}
