using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>Reads <c>gates:</c>: per task, metric thresholds a run must meet (CI pass/fail).</summary>
internal static class GateReader
{
    private const string Example = "{ task: find-shoes, successRate: \">= 0.8\" }";
    private static readonly string[] Keys = ["task", .. GateConditionSyntax.Metrics];

    public static IReadOnlyList<Gate> Read(LoadContext context, YamlNode? node, IReadOnlyCollection<string> taskIds)
    {
        var gates = new List<Gate>();
        var list = context.ReadList(node, "gates", $"[ {Example} ]");
        foreach (var item in list?.Children ?? [])
        {
            var mapping = MappingReader.Open(context, item, "gate", Keys, Example, key => $"unknown metric '{key}' in gate", "use task and the metrics");
            if (mapping is null)
                continue;

            var task = ReadTask(context, mapping.Required("task", "task: find-shoes"), taskIds);
            var conditions = new List<GateCondition>();
            foreach (var (key, value) in mapping.Entries.Where(e => e.Key.Value != "task"))
            {
                var text = context.ReadText(value, key.Value!);
                if (text is null)
                    continue;
                if (GateConditionSyntax.TryParse(key.Value!, text, out var condition, out var problem))
                    conditions.Add(condition!);
                else
                    context.Report(value, problem);
            }

            if (conditions.Count == 0 && !mapping.HasUnknownKeys && !mapping.Entries.Any(e => e.Key.Value != "task"))
                context.Report(mapping.Node, $"gate checks nothing; add a metric, e.g. {Example}");
            if (task is not null)
                gates.Add(new Gate(task, conditions));
        }

        return gates;
    }

    private static string? ReadTask(LoadContext context, YamlNode? node, IReadOnlyCollection<string> taskIds)
    {
        var task = context.ReadText(node, "gate task")?.Trim();
        if (task is null || taskIds.Contains(task))
            return task;
        var hint = taskIds.Count == 0 ? "; define it under tasks" : Suggestions.Hint(task, taskIds, "tasks are");
        context.Report(node!, $"gate names unknown task '{task}'{hint}");
        return null;
    }
}
