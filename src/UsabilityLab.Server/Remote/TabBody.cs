namespace UsabilityLab.Server.Remote;

/// <summary>A click on the participant page's tab strip: <c>{"id": 2, "action": "show"}</c> or <c>"close"</c>.</summary>
/// <param name="Id">The tab's number, as the strip got it from <c>browser</c>.</param>
/// <param name="Action"><c>show</c> (the stream and input follow it) or <c>close</c> (a popup only).</param>
public sealed record TabBody(int? Id, string? Action);
