using System.Runtime.InteropServices;
using Microsoft.Playwright;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Browser.Servers;

/// <summary>
/// Playwright's Node.js driver as the Microsoft.Playwright package ships it: copied beside the built assemblies as
/// <c>.playwright/node/PLATFORM/node</c> and <c>.playwright/package/cli.js</c>, the same files every Playwright client
/// here runs. <c>PLAYWRIGHT_DRIVER_SEARCH_PATH</c> names another folder holding <c>.playwright</c>, as it does for the
/// package itself.
/// </summary>
internal static class PlaywrightDriver
{
    public static (string Node, string Cli) Find()
    {
        var root = Environment.GetEnvironmentVariable("PLAYWRIGHT_DRIVER_SEARCH_PATH") is { Length: > 0 } given
            ? given
            : Path.GetDirectoryName(typeof(IPlaywright).Assembly.Location) is { Length: > 0 } beside ? beside : AppContext.BaseDirectory;
        var folder = Path.Combine(root, ".playwright");
        var node = Path.Combine(folder, "node", Platform(), OperatingSystem.IsWindows() ? "node.exe" : "node");
        var cli = Path.Combine(folder, "package", "cli.js");
        if (!File.Exists(node) || !File.Exists(cli))
        {
            throw new EnvironmentProblemException(
                $"Playwright's driver is not where the Microsoft.Playwright package puts it ({node}, {cli}); build the lab again (dotnet build UsabilityLab.sln)");
        }

        return (node, cli);
    }

    /// <summary>The package's folder names: linux-x64, linux-arm64, darwin-x64, darwin-arm64, win32_x64.</summary>
    private static string Platform()
    {
        var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        return OperatingSystem.IsWindows() ? $"win32_{arch}" : OperatingSystem.IsMacOS() ? $"darwin-{arch}" : $"linux-{arch}";
    }
}
