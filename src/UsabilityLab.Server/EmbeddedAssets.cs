namespace UsabilityLab.Server;

/// <summary>Files embedded in the lab server's assembly (the console's and the dashboard's Assets folders, see the csproj).</summary>
internal static class EmbeddedAssets
{
    /// <summary>The text of embedded resource <paramref name="resource"/>; a missing one is a build mistake.</summary>
    public static string Read(string resource)
    {
        using var stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing; check the Server csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
