using UsabilityLab.Core.Studies.Hooks;
using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>Reads the top level of a study file and assembles the <see cref="Study"/> when nothing was reported.</summary>
internal static class StudyReader
{
    private static readonly string[] Keys = ["name", "target", "origins", "viewport", "devices", "participants", "questionnaires", "capture", "dialogs", "setup", "teardown", "tasks", "gates"];

    public static Study? Read(LoadContext context, YamlNode root)
    {
        if (root is not YamlMappingNode)
        {
            context.Report(root, $"a study file is a mapping with name, target and tasks (see scenarios/examples/minimal.yaml); got {YamlValues.Describe(root)}");
            return null;
        }

        var study = MappingReader.Open(context, root, "study", Keys, "name: Demo shop")!;
        var name = context.ReadText(study.Required("name", "name: Demo shop"), "name")?.Trim();
        var target = ReadTarget(context, study.Required("target", "target: ${DEMO_SITE_URL}"));
        var origins = OriginsReader.Read(context, study.Optional("origins"));
        var viewport = ViewportReader.Read(context, study.Optional("viewport"));
        var devices = DevicesReader.Read(context, study.Optional("devices"), study.Optional("viewport"));
        var participants = ParticipantsReader.Read(context, study.Optional("participants"));
        var questionnaires = QuestionnairesReader.Read(context, study.Optional("questionnaires"));
        var capture = CaptureReader.Read(context, study.Optional("capture"));
        var dialogs = DialogPolicyReader.Read(context, study.Optional("dialogs"), "dialogs") ?? DialogPolicy.Accept;
        var hooks = new StudyHooks(HooksReader.Read(context, study.Optional("setup"), "setup"), HooksReader.Read(context, study.Optional("teardown"), "teardown"));
        var tasks = TaskListReader.Read(context, study.Required("tasks", "tasks: [ { id: find-shoes, title: …, prompt: …, success: [ { url: /cart } ] } ]"));
        var gates = GateReader.Read(context, study.Optional("gates"), tasks.Ids);

        if (context.HasErrors || name is null || target is null)
            return null;
        return new Study(name, target, viewport, participants, questionnaires, tasks.Tasks, gates, capture) { Devices = devices, Hooks = hooks, Dialogs = dialogs, Origins = origins };
    }

    private static Uri? ReadTarget(LoadContext context, YamlNode? node)
    {
        if (context.RecordedTarget is { } recorded)
            return recorded;
        var text = context.ReadText(node, "target")?.Trim();
        if (text is null)
            return null;
        if (UrlPatternSyntax.IsHttpUrl(text))
            return new Uri(text, UriKind.Absolute);
        context.Report(node!, $"target must be an absolute http(s) URL like https://shop.example.com, got '{text}'");
        return null;
    }
}
