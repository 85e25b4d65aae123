namespace UsabilityLab.Recording.Moderation.Web;

/// <summary>The console's page, script and styles, embedded in the assembly (Moderation/Web/Assets).</summary>
internal static class ConsoleAssets
{
    public static string Read(string name)
    {
        var resource = $"UsabilityLab.Recording.Moderation.Web.Assets.{name}";
        using var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing; check the Recording csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
