using System.Security.Cryptography;
using System.Text;
using UsabilityLab.Core.Files;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Loads and validates a study file in one pass. Every problem is reported with <c>file:line:col</c> and a hint,
/// not just the first, so a researcher fixes a file in one round trip.
/// </summary>
public static class StudyLoader
{
    /// <summary>
    /// The largest study accepted, in bytes of UTF-8: a real study is a few KiB; the cap keeps a wrong file (a log, a
    /// disk image) from being parsed at all.
    /// </summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Reads and validates the study at <paramref name="path"/>.</summary>
    /// <param name="path">Path to the YAML file; used as given in diagnostics.</param>
    /// <param name="environment">Resolves <c>${NAME}</c>; defaults to <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    public static StudyLoadResult LoadFile(string path, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
            return Failed(path, $"{path} is a directory; pass the study's .yaml file");
        if (!File.Exists(path))
            return Failed(path, $"study file not found; check the path (relative paths start at {Directory.GetCurrentDirectory()})");

        var text = InputFile.TryReadText(path, MaxFileBytes, "study files", out var problem);
        return text is null ? Failed(path, problem) : Parse(text, path, environment);
    }

    /// <summary>Validates study text; <paramref name="fileName"/> only labels the diagnostics.</summary>
    /// <param name="yamlText">The study as YAML.</param>
    /// <param name="fileName">Name shown in diagnostics (<c>FILE:LINE:COL: message</c>).</param>
    /// <param name="environment">Resolves <c>${NAME}</c>; defaults to <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    public static StudyLoadResult Parse(string yamlText, string fileName, Func<string, string?>? environment = null) =>
        Parse(yamlText, fileName, new LoadContext(fileName, environment ?? Environment.GetEnvironmentVariable));

    /// <summary>
    /// Reads back the study text stored with a run as it was recorded, never against today's environment (a random
    /// port, a CI machine's variables): the target is the one the run recorded, and any other <c>${NAME}</c> reads as
    /// that target's origin (variables name base URLs; the stored text holds no typed values, <c>***</c> instead).
    /// </summary>
    /// <param name="yamlText">The stored study text.</param>
    /// <param name="fileName">Name shown in diagnostics.</param>
    /// <param name="recordedTarget">The target the run recorded when it started.</param>
    public static StudyLoadResult ParseRecorded(string yamlText, string fileName, Uri recordedTarget)
    {
        ArgumentNullException.ThrowIfNull(recordedTarget);
        var origin = recordedTarget.GetLeftPart(UriPartial.Authority);
        return Parse(yamlText, fileName, new LoadContext(fileName, _ => origin) { RecordedTarget = recordedTarget });
    }

    private static StudyLoadResult Parse(string yamlText, string fileName, LoadContext context)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileName);

        var bytes = Encoding.UTF8.GetByteCount(yamlText);
        if (bytes > MaxFileBytes)
            return Failed(fileName, $"the study is {InputFile.Size(bytes)}; study files are limited to {InputFile.Size(MaxFileBytes)}");

        var root = YamlDocumentReader.Read(context, yamlText);
        var study = root is null ? null : StudyReader.Read(context, root);
        var diagnostics = context.SortedDiagnostics();
        return new StudyLoadResult(diagnostics.All(d => d.IsWarning) ? study : null, diagnostics, yamlText, Sha256(yamlText));
    }

    private static StudyLoadResult Failed(string path, string message) =>
        new(null, [new StudyDiagnostic(path, 1, 1, message)], "", Sha256(""));

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
