using System.Net;

namespace UsabilityLab.Server.Remote;

/// <summary>The participant page, its script and styles, embedded in the assembly (Remote/Assets).</summary>
internal static class ParticipantAssets
{
    public static string Read(string name) => EmbeddedAssets.Read($"UsabilityLab.Server.Remote.Assets.{name}");

    /// <summary>The participant page's HTML for the study named <paramref name="studyName"/> (escaped).</summary>
    public static string PageFor(string studyName) =>
        Read("participant.html").Replace("{{STUDY}}", WebUtility.HtmlEncode(studyName), StringComparison.Ordinal);
}
