namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>The console's page, script and styles, embedded in the assembly (ModeratorConsole/Assets).</summary>
internal static class ConsoleAssets
{
    public static string Read(string name) => EmbeddedAssets.Read($"UsabilityLab.Server.ModeratorConsole.Assets.{name}");
}
