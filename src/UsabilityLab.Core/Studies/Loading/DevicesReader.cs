using UsabilityLab.Core.Devices;
using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>Reads <c>devices: ["iPhone 13", "Desktop Chrome"]</c>: Playwright device names participants are spread over.</summary>
internal static class DevicesReader
{
    private const string Example = "[\"iPhone 13\", \"Pixel 7\", \"Desktop Chrome\"]";

    public static IReadOnlyList<string> Read(LoadContext context, YamlNode? node, YamlNode? viewport)
    {
        var list = context.ReadList(node, "devices", Example);
        if (list is null)
            return [];
        if (list.Children.Count == 0)
            context.Report(list, $"devices is empty; list at least one, e.g. devices: {Example}, or leave the key out");

        var devices = new List<string>();
        foreach (var item in list.Children)
        {
            var name = context.ReadText(item, "a device")?.Trim();
            if (name is null)
                continue;
            if (!DeviceCatalog.IsKnown(name))
                context.Report(item, $"unknown device '{name}'" + Hint(name));
            else if (devices.Contains(name))
                context.Report(item, $"device '{name}' is listed twice; participants are spread evenly over the devices listed, so list each once");
            else
                devices.Add(name);
        }

        if (viewport is not null && devices.Count > 0)
            context.Warn(viewport, "viewport is ignored: participants on a device get that device's viewport; remove viewport or devices");
        context.Touch = devices.Any(DeviceCatalog.HasTouch);
        return devices;
    }

    // Playwright's list has some 200 names: listing them all on one line would bury the hint, so only the closest is named.
    private static string Hint(string name) => Suggestions.Closest(name, DeviceCatalog.Names) is { } closest
        ? $"; did you mean '{closest}'?"
        : "; use a Playwright device name such as \"iPhone 13\", \"Pixel 7\" or \"Desktop Chrome\" (docs/study-format.md lists them)";
}
