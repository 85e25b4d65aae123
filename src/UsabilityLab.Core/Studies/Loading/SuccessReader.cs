using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>Reads <c>success:</c>, a non-empty list of one-key criteria (<c>url</c>, <c>text</c>, <c>selector</c>), all of which must hold.</summary>
internal static class SuccessReader
{
    private static readonly string[] Kinds = ["url", "text", "selector"];

    public static IReadOnlyList<SuccessCriterion>? Read(LoadContext context, YamlNode? node)
    {
        var list = context.ReadList(node, "success", "[ { url: /cart }, { text: Added to cart } ]");
        if (list is null)
            return null;
        if (list.Children.Count == 0)
        {
            context.Report(list, "success is empty; add at least one criterion, e.g. - url: /cart");
            return null;
        }

        var criteria = new List<SuccessCriterion>();
        foreach (var item in list.Children)
        {
            if (ReadOne(context, item) is { } criterion)
                criteria.Add(criterion);
        }

        return criteria;
    }

    /// <summary>One of <c>url</c>/<c>text</c>/<c>selector</c>; also used by the <c>expect</c> step, which has the same shape.</summary>
    public static (string Kind, string Value)? ReadOneOf(LoadContext context, YamlNode item, string section, string example)
    {
        var mapping = MappingReader.Open(
            context, item, section, Kinds, example, key => $"unknown key '{key}' in {section}", "use one of");
        var single = mapping?.Single(example, key => $"{section} takes one of url, text or selector; move '{key}' to its own list item");
        if (single is null)
            return null;

        var (kind, value) = single.Value;

        var text = kind switch
        {
            "selector" => context.ReadSelector(value, $"{section} selector"),
            "url" => ReadUrlPattern(context, value, $"{section} url"),
            _ => context.ReadTemplate(value, $"{section} text"),
        };
        return text is null ? null : (kind, text);
    }

    private static SuccessCriterion? ReadOne(LoadContext context, YamlNode item) =>
        ReadOneOf(context, item, "success criterion", "url: /cart") switch
        {
            ("url", var pattern) => new UrlCriterion(pattern),
            ("selector", var selector) => new SelectorCriterion(selector),
            (_, var text) => new TextCriterion(text),
            null => null,
        };

    private static string? ReadUrlPattern(LoadContext context, YamlNode value, string what)
    {
        var pattern = context.ReadText(value, what)?.Trim();
        var problem = pattern is null ? null : UrlPatternSyntax.PatternProblem(pattern);
        if (problem is not null)
        {
            context.Report(value, $"{what} {problem}");
            return null;
        }

        if (pattern is not null && UrlPatternSyntax.PatternWarning(pattern) is { } warning)
            context.Warn(value, $"{what} '{pattern}' {warning}");
        return pattern;
    }
}
