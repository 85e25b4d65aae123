using System.Diagnostics;
using System.Globalization;
using System.Text;
using UsabilityLab.Core.Errors;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Application.Export;

/// <summary>
/// <c>lab export RUN --format frames</c>: the screen frames of a moderated run as JPEG files, one folder per session,
/// named by their time on the session's timeline (so they line up with events, notes and the think-aloud audio, which
/// is written next to them). With Debian's <c>ffmpeg</c> on the PATH, each session also becomes an MP4.
/// </summary>
public static class FrameExport
{
    private const double LastFrameSeconds = 1.0;

    /// <summary>Writes the frames (and audio, and MP4s when ffmpeg exists) of run <paramref name="runId"/> under <paramref name="folder"/>; returns what was written.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(LabDatabase database, long runId, string folder, INotices? notices, CancellationToken ct)
    {
        var reader = new ModerationReader(database);
        var totals = await reader.FrameTotalsAsync(runId, ct);
        var written = new List<string>();
        var ffmpeg = FindOnPath("ffmpeg");
        foreach (var session in await reader.SessionsAsync(runId, ct))
        {
            if (!totals.ContainsKey(session.SessionId))
            {
                continue;
            }

            var name = $"{Safe(session.Participant)}-session-{session.SessionId}";
            var target = Path.Combine(folder, name);
            Create(target);
            var concat = new StringBuilder("ffconcat version 1.0\n");
            (string File, double TimeMs)? previous = null;
            await foreach (var frame in reader.FramesAsync(session.SessionId, ct))
            {
                var file = $"frame-{(long)Math.Round(frame.TimeMs):D9}ms.jpg";
                await File.WriteAllBytesAsync(Path.Combine(target, file), frame.Jpeg, ct);
                if (previous is { } p)
                {
                    concat.Append(CultureInfo.InvariantCulture, $"file '{p.File}'\nduration {(frame.TimeMs - p.TimeMs) / 1000:0.###}\n");
                }

                previous = (file, frame.TimeMs);
            }

            // The last frame stays on screen for a second; ffconcat needs it listed twice to honour that duration.
            concat.Append(CultureInfo.InvariantCulture, $"file '{previous!.Value.File}'\nduration {LastFrameSeconds}\nfile '{previous.Value.File}'\n");
            written.Add(target);
            if (ffmpeg is not null)
            {
                var listFile = Path.Combine(target, "frames.ffconcat");
                await File.WriteAllTextAsync(listFile, concat.ToString(), ct);
                var mp4 = Path.Combine(folder, name + ".mp4");
                if (await EncodeAsync(ffmpeg, listFile, mp4, ct) is { } problem)
                {
                    notices?.Tell($"ffmpeg could not make {mp4}: {problem}; the JPEG frames are in {target}");
                }
                else
                {
                    written.Add(mp4);
                }
            }
        }

        foreach (var clip in await reader.AudioAsync(runId, ct))
        {
            var file = Path.Combine(folder, $"think-aloud-session-{clip.SessionId}-from-{(long)Math.Round(clip.StartMs):D9}ms.webm");
            await File.WriteAllBytesAsync(file, clip.Data, ct);
            written.Add(file);
        }

        if (written.Count == 0)
        {
            notices?.Tell($"run {runId} has no screen frames (only moderated sessions keep them)");
        }
        else if (ffmpeg is null)
        {
            notices?.Tell("no ffmpeg on the PATH, so no MP4; install it with: sudo apt-get install -y ffmpeg");
        }

        return written;
    }

    private static async Task<string?> EncodeAsync(string ffmpeg, string listFile, string mp4, CancellationToken ct)
    {
        var start = new ProcessStartInfo(ffmpeg)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Constant 10 fps output (frames are repeated for their on-screen time); even sizes and yuv420p for players.
        foreach (var arg in new[] { "-y", "-loglevel", "error", "-f", "concat", "-safe", "0", "-i", listFile, "-vf", "scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p", "-r", "10", "-movflags", "+faststart", mp4 })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new EnvironmentProblemException($"{ffmpeg} did not start");
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var text = (await errors).Trim();
        return process.ExitCode == 0 ? null : text.Split('\n').FirstOrDefault() ?? $"exit code {process.ExitCode}";
    }

    private static void Create(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException ex)
        {
            throw new InputException($"--out {folder}: cannot create the folder ({ex.Message})", ex);
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    private static string Safe(string label) => string.Concat(label.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
