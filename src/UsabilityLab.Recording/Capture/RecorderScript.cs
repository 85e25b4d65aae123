using System.Text.Json;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Capture;

/// <summary>The in-page recorder (<c>Scripts/recorder.js</c>, an embedded resource) and its configuration prelude.</summary>
public static class RecorderScript
{
    /// <summary>Name of the one binding the recorder reports through.</summary>
    public const string BindingName = "__labRecord";

    private static readonly Lazy<string> Source = new(() => ReadResource("recorder.js"));

    /// <summary>The recorder's JavaScript source.</summary>
    public static string Code => Source.Value;

    /// <summary>A script that sets the recorder's configuration; install it before <see cref="Code"/>.</summary>
    public static string ConfigPrelude(CapturePolicy policy) =>
        $"window.__labRecorderConfig = {JsonSerializer.Serialize(new { recordValues = policy.RecordValuesFor })};";

    internal static string ReadResource(string name)
    {
        var resource = $"UsabilityLab.Recording.Scripts.{name}";
        using var stream = typeof(RecorderScript).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing; check the Recording csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
