using System.Text;

namespace UsabilityLab.Core.Files;

/// <summary>
/// Writes an output file (a report, an export, a JSON or JUnit file for CI) through a temporary file next to it that is
/// renamed over it once complete: a crash, a full disk or Ctrl-C never leaves half a file, and a reader sees the old
/// file or the new one. The temporary file is named <c>FILE.partial</c> and removed when the write fails.
/// </summary>
public static class AtomicFile
{
    /// <summary>The suffix of a file being written.</summary>
    public const string PartialSuffix = ".partial";

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public static void WriteAllText(string path, string text) => Replace(path, temporary => File.WriteAllText(temporary, text, Utf8));

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public static Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken) =>
        ReplaceAsync(path, temporary => File.WriteAllTextAsync(temporary, text, Utf8, cancellationToken));

    /// <summary>Writes through <paramref name="write"/>, given a UTF-8 writer (no byte-order mark) on the temporary file.</summary>
    public static void WriteText(string path, Action<TextWriter> write, string newLine = "\n") => Replace(path, temporary =>
    {
        using var writer = new StreamWriter(temporary, append: false, Utf8) { NewLine = newLine };
        write(writer);
    });

    /// <summary>Lets <paramref name="writeTemporary"/> write the file at the path it is given, then puts it in place.</summary>
    public static void Replace(string path, Action<string> writeTemporary)
    {
        var temporary = path + PartialSuffix;
        try
        {
            writeTemporary(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary); // gone already after the move; a failed write's remains otherwise
        }
    }

    /// <summary>Lets <paramref name="writeTemporary"/> write the file at the path it is given (a browser printing a PDF), then puts it in place.</summary>
    public static async Task ReplaceAsync(string path, Func<string, Task> writeTemporary)
    {
        var temporary = path + PartialSuffix;
        try
        {
            await writeTemporary(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
