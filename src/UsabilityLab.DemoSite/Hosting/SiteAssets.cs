namespace UsabilityLab.DemoSite.Hosting;

/// <summary>
/// The stylesheet and the site script, read once from embedded resources. Embedding keeps the site a single
/// assembly that works from any working directory and offline.
/// </summary>
internal sealed class SiteAssets
{
    private SiteAssets(byte[] stylesheet, byte[] script)
    {
        Stylesheet = stylesheet;
        Script = script;
    }

    /// <summary>site.css as UTF-8 bytes.</summary>
    public byte[] Stylesheet { get; }

    /// <summary>site.js as UTF-8 bytes.</summary>
    public byte[] Script { get; }

    /// <summary>Loads both files; a missing resource is a build mistake, so it fails loudly.</summary>
    public static SiteAssets Load() => new(Read("site.css"), Read("site.js"));

    private static byte[] Read(string fileName)
    {
        var name = "UsabilityLab.DemoSite.wwwroot." + fileName;
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the demo site assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
