using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>Reads <c>questionnaires: { afterEachTask: seq, afterStudy: [sus, nps] }</c>.</summary>
internal static class QuestionnairesReader
{
    private static readonly string[] Keys = ["afterEachTask", "afterStudy"];
    private static readonly string[] PerTask = ["seq"];
    private static readonly string[] PerStudy = ["sus", "nps"];

    public static QuestionnairePlan Read(LoadContext context, YamlNode? node)
    {
        var questionnaires = MappingReader.Open(context, node, "questionnaires", Keys, "{ afterEachTask: seq, afterStudy: [sus, nps] }");
        if (questionnaires is null)
            return QuestionnairePlan.None;

        var afterEachTask = ReadName(context, questionnaires.Optional("afterEachTask"), "questionnaires.afterEachTask", PerTask);
        var afterStudy = new List<string>();
        var list = context.ReadList(questionnaires.Optional("afterStudy"), "questionnaires.afterStudy", "[sus, nps]");
        foreach (var item in list?.Children ?? [])
        {
            var name = ReadName(context, item, "questionnaires.afterStudy", PerStudy);
            if (name is null)
                continue;
            if (afterStudy.Contains(name))
                context.Report(item, $"questionnaires.afterStudy lists '{name}' twice; remove one");
            else
                afterStudy.Add(name);
        }

        return new QuestionnairePlan(afterEachTask, afterStudy);
    }

    private static string? ReadName(LoadContext context, YamlNode? node, string what, string[] allowed)
    {
        var name = context.ReadText(node, what)?.Trim();
        if (name is null || allowed.Contains(name))
            return name;
        context.Report(node!, $"{what} has no questionnaire '{name}'" + Suggestions.Hint(name, allowed, "use"));
        return null;
    }
}
