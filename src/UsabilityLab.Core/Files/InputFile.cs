using System.Globalization;
using System.Text;

namespace UsabilityLab.Core.Files;

/// <summary>
/// Reads a file a person handed to a command (a study, a CSV) within the limits every such input shares: only a regular
/// file is opened (a FIFO would block the open until a writer came, <c>/dev/zero</c> never ends), and never more than a
/// cap is read, by a loop that counts what arrives rather than trusting the size the file system reports
/// (<c>File.ReadAll*</c> would read <c>/proc</c> files and growing files to the end).
/// </summary>
public static class InputFile
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Reads the whole file when it is a regular file of at most <paramref name="maxBytes"/>.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="maxBytes">The cap; a larger file is refused without reading it.</param>
    /// <param name="what">The kind of input in plural, for the size message ("study files are limited to 1 MiB").</param>
    /// <param name="problem">When null is returned: what is wrong and how to fix it, one line without the path.</param>
    /// <returns>The file's bytes, or <c>null</c> with <paramref name="problem"/> set.</returns>
    public static byte[]? TryReadBytes(string path, long maxBytes, string what, out string problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        problem = FileKinds.Of(path) switch
        {
            FileKind.Missing => "file not found; check the path",
            FileKind.Directory => "is a directory, not a file; pass the file inside it",
            FileKind.NamedPipe => NotRegular("a named pipe (FIFO)"),
            FileKind.CharacterDevice => NotRegular("a character device"),
            FileKind.BlockDevice => NotRegular("a block device"),
            FileKind.Socket => NotRegular("a socket"),
            _ => "",
        };
        if (problem.Length > 0)
            return null;

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            var reported = stream.CanSeek ? stream.Length : 0;
            if (reported > maxBytes)
            {
                problem = $"the file is {Size(reported)} ({reported.ToString("N0", CultureInfo.InvariantCulture)} bytes); {what} are limited to {Size(maxBytes)}";
                return null;
            }

            return ReadAtMost(stream, reported, maxBytes, what, out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read the file: {e.Message}";
            return null;
        }
    }

    /// <summary>As <see cref="TryReadBytes"/>, decoded like <c>File.ReadAllText</c>: UTF-8 unless a byte order mark says otherwise.</summary>
    public static string? TryReadText(string path, long maxBytes, string what, out string problem) =>
        TryReadBytes(path, maxBytes, what, out problem) is { } bytes ? Decode(bytes) : null;

    /// <summary>A reader over <paramref name="bytes"/> decoded as <see cref="TryReadText"/> does.</summary>
    public static TextReader OpenText(byte[] bytes) =>
        new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    /// <summary>A size as people read it: <c>512 bytes</c>, <c>64 KiB</c>, <c>1.5 MiB</c>.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => Binary(bytes / 1024.0, "KiB"),
        _ => Binary(bytes / (1024.0 * 1024), "MiB"),
    };

    private static string Decode(byte[] bytes)
    {
        using var reader = OpenText(bytes);
        return reader.ReadToEnd();
    }

    private static byte[]? ReadAtMost(Stream stream, long reported, long maxBytes, string what, out string problem)
    {
        problem = "";
        // One byte past the cap tells "exactly at the cap" from "over it" for files whose reported size is wrong.
        using var content = new MemoryStream((int)Math.Min(reported + 1, maxBytes + 1));
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - content.Length))) > 0)
        {
            content.Write(chunk, 0, read);
            if (content.Length > maxBytes)
            {
                problem = $"the file is larger than {Size(maxBytes)}; {what} are limited to {Size(maxBytes)}";
                return null;
            }
        }

        return content.ToArray();
    }

    private static string NotRegular(string kind) => $"is {kind}, not a regular file; save the content to a file and pass that";

    private static string Binary(double value, string unit) =>
        $"{value.ToString(value < 10 ? "0.##" : "0", CultureInfo.InvariantCulture)} {unit}";
}
