using UsabilityLab.Application;

namespace UsabilityLab.CommandLine;

/// <summary>A use case's notices as the CLI's one-line problems: "lab: …" on standard error.</summary>
internal sealed class ErrorNotices(TextWriter error) : INotices
{
    public void Tell(string notice) => error.WriteLine($"lab: {notice}");
}
