using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>Reads one task mapping: id, title, prompt, start, timeLimit, success, optimalPath, steps.</summary>
internal static partial class TaskReader
{
    private const string Example = "{ id: find-shoes, title: Find running shoes, prompt: …, success: [ { url: /cart } ] }";
    private static readonly string[] Keys = ["id", "title", "prompt", "start", "continue", "dialogs", "timeLimit", "success", "optimalPath", "steps"];
    private static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(120);

    /// <summary>Longest time limit: a day is already far past any task a person sits through; a longer one is a typo.</summary>
    public static readonly TimeSpan MaxTimeLimit = TimeSpan.FromHours(24);

    /// <param name="context">Where problems go.</param>
    /// <param name="node">The list item.</param>
    /// <param name="firstSeen">Ids met so far with where they were first written; this task's id is added.</param>
    /// <param name="first">Whether this is the study's first task, which has nothing to continue from.</param>
    public static StudyTask? Read(LoadContext context, YamlNode node, Dictionary<string, Mark> firstSeen, bool first)
    {
        var task = MappingReader.Open(context, node, "task", Keys, Example);
        if (task is null)
            return null;

        var id = ReadId(context, task.Required("id", "id: find-shoes"), firstSeen);
        var title = context.ReadText(task.Required("title", "title: Find running shoes"), "title")?.Trim();
        var prompt = context.ReadText(task.Required("prompt", "prompt: Find running shoes under $100 and add them to your cart."), "prompt")?.Trim();
        var start = ReadPage(context, task.Optional("start"), "start") ?? "/";
        var continues = ReadContinue(context, task.Optional("continue"), first);
        var dialogs = DialogPolicyReader.Read(context, task.Optional("dialogs"), "dialogs");
        var timeLimit = ReadTimeLimit(context, task.Optional("timeLimit"));
        var success = SuccessReader.Read(context, task.Required("success", "success: [ { url: /cart } ]"));
        var optimalPath = ReadOptimalPath(context, task.Optional("optimalPath"));
        var steps = StepReader.ReadAll(context, task.Optional("steps"));

        if (id is null || title is null || prompt is null || success is null)
            return null;
        return new StudyTask(id, title, prompt, start, timeLimit, success, optimalPath, steps) { Continue = continues, Dialogs = dialogs };
    }

    /// <summary>A page reference (path or http(s) URL) for <c>start</c> and <c>goto</c>; a <paramref name="template"/> may name the participant or the run.</summary>
    public static string? ReadPage(LoadContext context, YamlNode? node, string what, bool template = false)
    {
        var page = (template ? context.ReadTemplate(node, what) : context.ReadText(node, what))?.Trim();
        var problem = page is null ? null : UrlPatternSyntax.PageProblem(page);
        if (problem is null)
            return page;
        context.Report(node!, $"{what} '{page}' {problem}");
        return null;
    }

    private static string? ReadId(LoadContext context, YamlNode? node, Dictionary<string, Mark> firstSeen)
    {
        var id = context.ReadText(node, "task id")?.Trim();
        if (id is null)
            return null;

        if (firstSeen.TryGetValue(id, out var first))
        {
            context.Report(node!, $"duplicate task id '{id}' (first used on line {first.Line}); give each task its own id");
            return null;
        }

        firstSeen[id] = node!.Start;
        if (IdPattern().IsMatch(id))
            return id;
        var slug = NotIdCharacters().Replace(id.ToLowerInvariant(), "-").Trim('-');
        context.Report(node, $"task id '{id}' may only contain a-z, 0-9 and '-'; try '{(slug.Length > 0 ? slug : "find-shoes")}'");
        return null;
    }

    private static bool ReadContinue(LoadContext context, YamlNode? node, bool first)
    {
        var continues = context.ReadBoolean(node, "continue") ?? false;
        if (continues && first)
            context.Report(node!, "the first task has nothing to continue from; remove 'continue: true' (it starts on a fresh load of its start page)");
        return continues;
    }

    private static TimeSpan ReadTimeLimit(LoadContext context, YamlNode? node)
    {
        var limit = context.ReadDuration(node, "timeLimit", MaxTimeLimit);
        if (limit is null)
            return DefaultTimeLimit;
        if (limit > TimeSpan.Zero)
            return limit.Value;
        context.Report(node!, "timeLimit must be longer than 0s, e.g. 120s");
        return DefaultTimeLimit;
    }

    private static List<string> ReadOptimalPath(LoadContext context, YamlNode? node)
    {
        var pages = new List<string>();
        var list = context.ReadList(node, "optimalPath", "[/, /category/shoes, /cart]");
        foreach (var item in list?.Children ?? [])
        {
            var page = context.ReadText(item, "optimalPath entry")?.Trim();
            if (page is null)
                continue;
            if (page.StartsWith('/') || UrlPatternSyntax.IsHttpUrl(page))
                pages.Add(page);
            else
                context.Report(item, $"optimalPath entries are paths like /cart (or absolute http(s) URLs), got '{page}'");
        }

        return pages;
    }

    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotIdCharacters();
}
