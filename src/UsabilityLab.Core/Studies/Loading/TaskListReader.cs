using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>The tasks that read cleanly, and every id written (so gates can be checked even when a task has errors).</summary>
internal sealed record TaskList(IReadOnlyList<StudyTask> Tasks, IReadOnlyCollection<string> Ids);

/// <summary>Reads <c>tasks:</c>, a non-empty list of tasks with unique ids.</summary>
internal static class TaskListReader
{
    public static TaskList Read(LoadContext context, YamlNode? node)
    {
        var list = context.ReadList(node, "tasks", "- id: find-shoes");
        if (list is null)
            return new TaskList([], []);
        if (list.Children.Count == 0)
            context.Report(list, "tasks is empty; add at least one task with id, title, prompt and success");

        var firstSeen = new Dictionary<string, Mark>(StringComparer.Ordinal);
        var tasks = new List<StudyTask>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            if (TaskReader.Read(context, list.Children[i], firstSeen, first: i == 0) is { } task)
                tasks.Add(task);
        }

        return new TaskList(tasks, firstSeen.Keys);
    }
}
