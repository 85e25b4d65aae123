using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// The study text as it is stored with a run: every <c>fill</c> value written in the file (a test account's e-mail, a
/// card number) replaced by <c>"***"</c>, unless its selector is one the study records values of
/// (<c>capture.recordValues</c>), and so is the body and every header value of a hook's <c>request</c>. Everything
/// else stays byte for byte, so the stored text still reads (and parses) as
/// the file did; a value from <c>${ENV}</c> was never in the text.
/// </summary>
public static class StudyTextRedaction
{
    /// <summary>What a masked value reads as in the stored text.</summary>
    public const string Masked = "\"***\"";

    /// <summary><paramref name="text"/> with its fill values and request secrets masked; text that does not parse is returned masked whole.</summary>
    public static string Redact(string text, CapturePolicy capture)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(capture);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException)
        {
            return Masked; // a valid study always parses; anything else is not worth keeping a secret in
        }

        var spans = stream.Documents.SelectMany(d => FillValues(d.RootNode))
            .Where(v => !capture.RecordValuesFor.Contains(v.Selector, StringComparer.Ordinal))
            .Select(v => v.Value)
            .Concat(stream.Documents.SelectMany(d => RequestSecrets(d.RootNode)))
            .Select(v => (Start: (int)v.Start.Index, End: (int)v.End.Index))
            .Distinct()
            .OrderByDescending(s => s.Start)
            .ToList();
        var redacted = new StringBuilder(text);
        foreach (var (start, end) in spans)
        {
            redacted.Remove(start, end - start).Insert(start, Masked);
        }

        return redacted.ToString();
    }

    /// <summary>
    /// The body and header values of every hook <c>request: { … }</c> (a sign-in password, a reset token): like typed
    /// values, they are the study's secrets more often than not.
    /// </summary>
    private static IEnumerable<YamlScalarNode> RequestSecrets(YamlNode node) =>
        Mappings(node).SelectMany(m => m.Children)
            .Where(e => e.Key is YamlScalarNode { Value: "request" } && e.Value is YamlMappingNode)
            .SelectMany(e => ((YamlMappingNode)e.Value).Children)
            .SelectMany(e => e switch
            {
                { Key: YamlScalarNode { Value: "body" }, Value: YamlScalarNode body } => [body],
                { Key: YamlScalarNode { Value: "headers" }, Value: YamlMappingNode headers } => headers.Children.Values.OfType<YamlScalarNode>(),
                _ => [],
            });

    private static IEnumerable<YamlMappingNode> Mappings(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(Mappings).Prepend(mapping),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Mappings),
        _ => [],
    };

    /// <summary>Every <c>fill: { selector: …, value: … }</c> anywhere in the document (task steps, hooks).</summary>
    private static IEnumerable<(string Selector, YamlScalarNode Value)> FillValues(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: "fill" } && value is YamlMappingNode fill
                        && fill.Children.TryGetValue(new YamlScalarNode("value"), out var typed) && typed is YamlScalarNode scalar
                        && fill.Children.TryGetValue(new YamlScalarNode("selector"), out var selector))
                    {
                        yield return ((selector as YamlScalarNode)?.Value ?? "", scalar);
                    }

                    foreach (var inner in FillValues(value))
                    {
                        yield return inner;
                    }
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var inner in sequence.Children.SelectMany(FillValues))
                {
                    yield return inner;
                }

                break;
        }
    }
}
