using Markdig;

namespace UsabilityLab.Reporting.Report;

/// <summary>docs/metrics.md, embedded in the assembly and converted to HTML for the report's methodology section.</summary>
internal static class MethodologyText
{
    public const string ResourceName = "UsabilityLab.Reporting.metrics.md";

    private static readonly Lazy<string> Html = new(() =>
    {
        using var stream = typeof(MethodologyText).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var markdown = reader.ReadToEnd();
        // The report has its own title for this section; drop the document's first heading.
        if (markdown.StartsWith("# ", StringComparison.Ordinal))
        {
            markdown = markdown[(markdown.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        }

        // Raw HTML in the Markdown is escaped, not passed through: the file is ours, but the report stays safe if it changes.
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().DisableHtml().Build();
        return Markdown.ToHtml(markdown, pipeline);
    });

    public static string ToHtml() => Html.Value;
}
