using UsabilityLab.Core.Studies.Hooks;
using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Reads one hook: exactly one of <c>steps: [...]</c> (with an optional <c>start</c> page), <c>request: …</c>
/// (<see cref="RequestHookReader"/>) or <c>command: [program, args…]</c>, and an optional <c>timeout</c>.
/// </summary>
internal static class HookReader
{
    private const string Example = "{ request: POST /api/test/reset }";
    private static readonly string[] Kinds = ["steps", "request", "command"];
    private static readonly string[] Keys = [.. Kinds, "start", "timeout"];

    public static Hook? Read(LoadContext context, YamlNode item, string what)
    {
        var hook = MappingReader.Open(context, item, $"{what} hook", Keys, Example);
        if (hook is null)
            return null;

        var kinds = hook.Entries.Where(e => Kinds.Contains(e.Key.Value)).ToList();
        if (kinds.Count == 0)
        {
            if (!hook.HasUnknownKeys)
                context.Report(item, $"a hook does one of steps, request or command; write e.g. - {Example[2..^2]}");
            return null;
        }

        foreach (var (extra, _) in kinds.Skip(1))
            context.Report(extra, $"a hook does one thing; move '{extra.Value}' to its own list item (- {extra.Value}: …)");

        var (key, value) = kinds[0];
        if (hook.Entries.FirstOrDefault(e => e.Key.Value == "start").Key is { } start && key.Value != "steps")
            context.Report(start, "'start' is the page a steps hook opens first; a request or command has none");

        var timeout = ReadTimeout(context, hook.Optional("timeout"));
        Hook? read = YamlValues.IsNull(value)
            ? Missing(context, key)
            : key.Value switch
            {
                "steps" => ReadSteps(context, value, hook.Optional("start")),
                "request" => RequestHookReader.Read(context, value),
                _ => ReadCommand(context, value),
            };
        return read is null || timeout is null ? null : read with { Source = context.Locate(item), Timeout = timeout.Value };
    }

    private static Hook? Missing(LoadContext context, YamlScalarNode key)
    {
        context.Report(key, $"'{key.Value}' has no value; write e.g. - {Example[2..^2]}");
        return null;
    }

    private static StepsHook? ReadSteps(LoadContext context, YamlNode value, YamlNode? startNode)
    {
        var start = startNode is null ? "/" : TaskReader.ReadPage(context, startNode, "start");
        var steps = StepReader.ReadAll(context, value);
        if (value is YamlSequenceNode { Children.Count: 0 })
            context.Report(value, "steps is empty; add what the hook does, e.g. - goto: /login");
        return start is null || steps.Count == 0 ? null : new StepsHook(start, steps);
    }

    private static CommandHook? ReadCommand(LoadContext context, YamlNode value)
    {
        const string example = "[./reset-db.sh, --participant, \"${PARTICIPANT}\"]";
        if (value is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            // A line such as "./reset.sh --all" would need a shell to split it; the list says where each argument ends.
            context.Report(value, $"command is a list: the program, then each argument, e.g. {example}; got {YamlValues.Describe(value)}");
            return null;
        }

        var words = list.Children.Select((word, i) => context.ReadTemplate(word, i == 0 ? "command program" : "command argument", allowEmpty: i > 0)).ToList();
        return words.Any(w => w is null) ? null : new CommandHook([.. words.OfType<string>()], StudyFolder(context.File));
    }

    private static TimeSpan? ReadTimeout(LoadContext context, YamlNode? node)
    {
        if (node is null)
            return Hook.DefaultTimeout;
        var timeout = context.ReadDuration(node, "timeout", Hook.MaxTimeout);
        if (timeout is null || timeout > TimeSpan.Zero)
            return timeout;
        context.Report(node, $"timeout must be longer than 0s, e.g. {DurationSyntax.Format(Hook.DefaultTimeout)}");
        return null;
    }

    /// <summary>The folder commands run in: the study file's (the working folder when the name is no path, as for text parsed in tests).</summary>
    private static string StudyFolder(string file)
    {
        try
        {
            return Path.GetDirectoryName(Path.GetFullPath(file)) ?? Directory.GetCurrentDirectory();
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Directory.GetCurrentDirectory();
        }
    }
}
