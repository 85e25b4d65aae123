using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>Reads <c>steps:</c>, the golden path: each list item is one action such as <c>click: "…"</c>.</summary>
internal static class StepReader
{
    private const string Example = "click: \"role=link[name='Shoes']\"";
    private static readonly string[] Kinds = ["click", "fill", "press", "select", "goto", "wait", "expect"];

    /// <summary>Longest <c>wait</c> step: a scripted pause of more than an hour is a typo, not a think time.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    public static IReadOnlyList<TaskStep> ReadAll(LoadContext context, YamlNode? node)
    {
        var steps = new List<TaskStep>();
        var list = context.ReadList(node, "steps", $"[ {{ {Example} }}, {{ goto: /cart }} ]");
        foreach (var item in list?.Children ?? [])
        {
            // Line points runtime errors ("step at line 31 timed out") back into the file.
            if (Read(context, item) is { } step)
                steps.Add(step with { Line = (int)item.Start.Line });
        }

        return steps;
    }

    private static TaskStep? Read(LoadContext context, YamlNode item)
    {
        var mapping = MappingReader.Open(context, item, "step", Kinds, Example, kind => $"unknown step kind '{kind}'", "use one of");
        var single = mapping?.Single(Example, kind => $"a step does one thing; move '{kind}' to its own list item (- {kind}: …)");
        if (single is null)
            return null;

        var (kind, value) = single.Value;
        return kind switch
        {
            "click" => context.ReadSelector(value, "click") is { } selector ? new ClickStep(selector) : null,
            "fill" => WithSelector(context, value, "fill", "value", "{ selector: \"#search\", value: runner }", (s, v) => new FillStep(s, v), allowEmpty: true),
            "press" => WithSelector(context, value, "press", "key", "{ selector: \"#search\", key: Enter }", (s, k) => new PressStep(s, k)),
            "select" => WithSelector(context, value, "select", "value", "{ selector: \"#size\", value: \"42\" }", (s, v) => new SelectStep(s, v)),
            "goto" => TaskReader.ReadPage(context, value, "goto", template: true) is { } url ? new GotoStep(url) : null,
            "wait" => context.ReadDuration(value, "wait", MaxWait) is { } duration ? new WaitStep(duration) : null,
            _ => Expect(context, value),
        };
    }

    // fill, press and select share a shape: { selector: …, <second>: … }.
    private static TaskStep? WithSelector(
        LoadContext context, YamlNode node, string kind, string second, string example, Func<string, string, TaskStep> create, bool allowEmpty = false)
    {
        var mapping = MappingReader.Open(context, node, $"{kind} step", ["selector", second], example);
        if (mapping is null)
            return null;
        var selector = context.ReadSelector(mapping.Required("selector", "selector: \"#search\""), $"{kind} selector");
        // The value typed or chosen may name the participant or the run (${PARTICIPANT}, ${RUN}); a key may not.
        var secondNode = mapping.Required(second, $"{second}: …");
        var what = $"{kind} {second}";
        var secondValue = kind == "press" ? context.ReadText(secondNode, what, allowEmpty) : context.ReadTemplate(secondNode, what, allowEmpty);
        return selector is null || secondValue is null ? null : create(selector, secondValue);
    }

    private static ExpectStep? Expect(LoadContext context, YamlNode node) =>
        SuccessReader.ReadOneOf(context, node, "expect step", "{ text: \"Added to cart\" }") switch
        {
            ("text", var text) => new ExpectStep(text, null, null),
            ("selector", var selector) => new ExpectStep(null, selector, null),
            ("url", var url) => new ExpectStep(null, null, url),
            _ => null,
        };
}
