using UsabilityLab.Core.Studies.Hooks;
using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Reads <c>setup:</c> or <c>teardown:</c>, a mapping of <c>run</c>, <c>participant</c> and <c>task</c> to lists of
/// hooks (<see cref="HookReader"/>).
/// </summary>
internal static class HooksReader
{
    private const string Example = "{ participant: [ { request: { method: POST, url: /api/test/reset } } ] }";
    private static readonly string[] Levels = ["run", "participant", "task"];

    /// <param name="context">Where problems go.</param>
    /// <param name="node">The <c>setup</c> or <c>teardown</c> value.</param>
    /// <param name="phase"><c>setup</c> or <c>teardown</c>, for messages.</param>
    public static HookPlan Read(LoadContext context, YamlNode? node, string phase)
    {
        var levels = MappingReader.Open(context, node, phase, Levels, Example);
        if (levels is null)
            return HookPlan.None;
        return new HookPlan(
            ReadLevel(context, levels.Optional("run"), $"{phase}.run", [RunVariables.Run]),
            ReadLevel(context, levels.Optional("participant"), $"{phase}.participant", RunVariables.Names),
            ReadLevel(context, levels.Optional("task"), $"{phase}.task", RunVariables.Names));
    }

    private static List<Hook> ReadLevel(LoadContext context, YamlNode? node, string what, IReadOnlyCollection<string> runVariables)
    {
        var hooks = new List<Hook>();
        var list = context.ReadList(node, what, "[ { request: POST /api/test/reset } ]");
        var outer = context.RunVariablesInScope;
        // Run-level hooks run once for the whole run: ${PARTICIPANT} has no value there.
        context.RunVariablesInScope = runVariables;
        try
        {
            foreach (var item in list?.Children ?? [])
            {
                if (HookReader.Read(context, item, what) is { } hook)
                    hooks.Add(hook);
            }
        }
        finally
        {
            context.RunVariablesInScope = outer;
        }

        return hooks;
    }
}
