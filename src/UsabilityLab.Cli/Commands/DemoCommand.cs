using System.CommandLine;
using Microsoft.Playwright;
using Spectre.Console;
using UsabilityLab.DemoSite;
using UsabilityLab.Recording.Browser;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab demo</c>: the main job — start the bundled shop and show the lab working on it.</summary>
internal static class DemoCommand
{
    internal sealed record Settings(string OutputDirectory);

    public static Command Create(CliIo io)
    {
        var output = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => Path.Combine("out", "demo") };
        var command = new Command("demo", "Run the demo: start the bundled shop, open it in the configured browser, write results to out/demo") { output };
        command.SetAction((parse, ct) => RunAsync(new Settings(parse.GetValue(output)!), io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken cancellationToken)
    {
        var config = BrowserConfigLoader.Load();
        Directory.CreateDirectory(settings.OutputDirectory);
        await using var site = await DemoSiteHost.StartAsync(cancellationToken: cancellationToken);
        await using var browser = await LabBrowser.LaunchAsync(config);
        io.Ansi.MarkupLineInterpolated($"Demo shop at [link]{site.BaseUrl}[/]; browser {browser.ExecutablePath}");

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl.ToString());
        var screenshot = Path.GetFullPath(Path.Combine(settings.OutputDirectory, "home.png"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        io.Out.WriteLine($"Home page screenshot: {screenshot}");
        return ExitCodes.Ok;
    }
}
