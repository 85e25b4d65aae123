namespace UsabilityLab.Server.Remote;

/// <summary>
/// A pending link opened by a browser that has not consented yet (the participant reading the consent screen, or a
/// chat's or mail scanner's preview): it may read the page and its files, and nothing else, and uses nothing up.
/// Put in <c>HttpContext.Items</c> by <see cref="ParticipantLinkGuard"/> for the page's routes.
/// </summary>
/// <param name="StudyName">The study the link invites to, for the consent screen; null for a session's own link.</param>
internal sealed record LinkPreview(string? StudyName)
{
    /// <summary>The key of the preview in <c>HttpContext.Items</c>.</summary>
    public static readonly object Key = new();
}
