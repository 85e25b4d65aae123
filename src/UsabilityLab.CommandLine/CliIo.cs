using Spectre.Console;
using UsabilityLab.Application;

namespace UsabilityLab.CommandLine;

/// <summary>Where a command writes: tests pass string writers, the process passes the console.</summary>
public sealed class CliIo
{
    public CliIo(TextWriter output, TextWriter error, bool interactive)
    {
        Out = output;
        Error = error;
        Notices = new ErrorNotices(error);
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output (CI logs, tests) should not wrap tables at 80 columns.
            Ansi.Profile.Width = 160;
        }
    }

    /// <summary>Plain standard output (JSON, paths).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: one-line problems.</summary>
    public TextWriter Error { get; }

    /// <summary>What use cases tell along the way, as "lab: …" lines on standard error.</summary>
    public INotices Notices { get; }

    /// <summary>Tables, progress and colour on standard output.</summary>
    public IAnsiConsole Ansi { get; }

    public static CliIo FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null);
}
