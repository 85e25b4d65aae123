using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>Reads <c>viewport: { width, height }</c>.</summary>
internal static class ViewportReader
{
    private const int MinPixels = 100;
    private const int MaxPixels = 10_000;
    private static readonly string[] Keys = ["width", "height"];

    /// <summary>The viewport, or <c>null</c> when absent (the browser configuration's default applies).</summary>
    public static ViewportSize? Read(LoadContext context, YamlNode? node)
    {
        const string Example = "{ width: 1280, height: 800 }";
        var viewport = MappingReader.Open(context, node, "viewport", Keys, Example);
        if (viewport is null)
            return null;
        var width = context.ReadWholeNumber(viewport.Required("width", "width: 1280"), "viewport.width", MinPixels, MaxPixels);
        var height = context.ReadWholeNumber(viewport.Required("height", "height: 800"), "viewport.height", MinPixels, MaxPixels);
        return width is { } w && height is { } h ? new ViewportSize(w, h) : null;
    }
}
