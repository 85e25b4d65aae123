using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>Reads <c>dialogs: accept|dismiss</c> (the study's, or a task's override).</summary>
internal static class DialogPolicyReader
{
    private static readonly string[] Names = ["accept", "dismiss"];

    /// <summary>The policy written at <paramref name="node"/>, or null when none is written (or it is reported).</summary>
    public static DialogPolicy? Read(LoadContext context, YamlNode? node, string what)
    {
        var name = context.ReadText(node, what)?.Trim();
        switch (name)
        {
            case null:
                return null;
            case "accept":
                return DialogPolicy.Accept;
            case "dismiss":
                return DialogPolicy.Dismiss;
            default:
                context.Report(node!, $"{what} must be accept or dismiss, got '{name}'" + (Suggestions.Closest(name, Names) is { } close ? $"; did you mean '{close}'?" : ""));
                return null;
        }
    }
}
