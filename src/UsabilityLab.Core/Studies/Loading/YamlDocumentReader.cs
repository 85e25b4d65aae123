using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>Turns the text into one YAML root node, reporting a syntax error at the parser's position.</summary>
internal static class YamlDocumentReader
{
    public static YamlNode? Read(LoadContext context, string text)
    {
        var parser = new GuardedParser(new Parser(new StringReader(text)), context);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlLimitException e)
        {
            context.Report(e.At, e.Message);
            return null;
        }
        catch (YamlException e)
        {
            context.Report(e.Start, SyntaxMessage(e.Message, LineAt(text, e.Start.Line)));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            // YamlDotNet 18 throws these instead of a YamlException for some malformed input (e.g. "a: [1" followed by
            // more lines, or a line starting with ": "); the last node read is next to the trouble (the '[' itself).
            context.Report(parser.LastNodeStart, "invalid YAML near here; check the indentation and that every '[', '{' and quote is closed");
            return null;
        }

        if (stream.Documents.Count == 0 || YamlValues.IsNull(stream.Documents[0].RootNode))
        {
            context.Report(Mark.Empty, "the study file is empty; start from scenarios/examples/minimal.yaml");
            return null;
        }

        if (stream.Documents.Count > 1)
            context.Report(stream.Documents[1].RootNode, "a study file holds one YAML document; remove the '---' and what follows, or move it to its own file");
        return stream.Documents[0].RootNode;
    }

    private static string SyntaxMessage(string message, string line)
    {
        const string DuplicatePrefix = "Duplicate key ";
        if (message.StartsWith(DuplicatePrefix, StringComparison.Ordinal))
            return $"duplicate key '{message[DuplicatePrefix.Length..]}'; a key may appear once per mapping, so remove or rename one";

        var hint = line.Contains(">=", StringComparison.Ordinal) || line.Contains("> ", StringComparison.Ordinal)
            ? "quote comparisons, e.g. successRate: \">= 0.8\""
            : "check the indentation and that every quote and bracket is closed";
        return $"invalid YAML: {FirstLower(message.TrimEnd('.'))}; {hint}";
    }

    private static string LineAt(string text, long line)
    {
        var lines = text.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] : "";
    }

    private static string FirstLower(string text) =>
        text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
