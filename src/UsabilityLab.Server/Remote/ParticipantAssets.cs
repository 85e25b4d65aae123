namespace UsabilityLab.Server.Remote;

/// <summary>The participant page, its script and styles, embedded in the assembly (Remote/Assets).</summary>
internal static class ParticipantAssets
{
    public static string Read(string name) => EmbeddedAssets.Read($"UsabilityLab.Server.Remote.Assets.{name}");
}
