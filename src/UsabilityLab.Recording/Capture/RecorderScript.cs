using System.Text.Json;
using System.Text.RegularExpressions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Capture;

/// <summary>The in-page recorder (<c>Scripts/recorder.js</c> with its parts, <c>recorder-builtins.js</c>, <c>recorder-frames.js</c>, <c>recorder-elements.js</c>, <c>recorder-boxes.js</c>,
/// <c>recorder-fields.js</c>, <c>recorder-mutations.js</c>, <c>recorder-states.js</c> and <c>recorder-timing.js</c>, inlined; embedded resources) and its configuration prelude.</summary>
public static class RecorderScript
{
    /// <summary>Name of the one binding the recorder reports through.</summary>
    public const string BindingName = "__labRecord";

    // Several files for reading, one closure in the page: each part is inlined at its /*@include NAME*/ marker.
    private static readonly Regex Include = new(@"/\*@include (?<name>[a-z-]+\.js)\*/", RegexOptions.CultureInvariant);

    private static readonly Lazy<string> Source = new(() => Include.Replace(ReadResource("recorder.js"), m => ReadResource(m.Groups["name"].Value)));

    /// <summary>The recorder's JavaScript source.</summary>
    public static string Code => Source.Value;

    /// <summary>A script that sets the recorder's configuration; <see cref="InitScript"/> includes it.</summary>
    public static string ConfigPrelude(CapturePolicy policy) =>
        $"window.__labRecorderConfig = {JsonSerializer.Serialize(new { recordValues = policy.RecordValuesFor })};";

    /// <summary>What pages get: the configuration, then the recorder, as one script (one init script per page, not two).</summary>
    public static string InitScript(CapturePolicy policy) => ConfigPrelude(policy) + "\n" + Code;

    internal static string ReadResource(string name)
    {
        var resource = $"UsabilityLab.Recording.Scripts.{name}";
        using var stream = typeof(RecorderScript).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing; check the Recording csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
