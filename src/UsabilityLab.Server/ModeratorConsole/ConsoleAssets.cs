namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>The console's page, script and styles, embedded in the assembly (ModeratorConsole/Assets).</summary>
internal static class ConsoleAssets
{
    public static string Read(string name)
    {
        var resource = $"UsabilityLab.Server.ModeratorConsole.Assets.{name}";
        using var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing; check the Server csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
