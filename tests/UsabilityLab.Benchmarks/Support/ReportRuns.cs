using UsabilityLab.Recording.Pdf;
using UsabilityLab.Reporting.Pdf;
using UsabilityLab.Reporting.Report;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>Loads a stored run into Reporting's <see cref="ReportRun"/>, as <c>./lab report</c> does (the CLI's loader is internal to it).</summary>
internal static class ReportRuns
{
    public static async Task<ReportRun> LoadAsync(LabDatabase database, long runId, CancellationToken ct)
    {
        var data = await new RunReader(database).LoadAsync(runId, includeEvents: true, ct);
        var snapshots = await new SnapshotReader(database).LoadAsync(runId, ct);
        return new ReportRun
        {
            RunId = data.Run.Id,
            StudyName = data.StudyName,
            Study = data.Study,
            Target = data.Run.Target,
            Mode = data.Run.Mode.ToString(),
            PersonaMode = data.Run.PersonaMode,
            Status = data.Run.Status.ToString(),
            StartedAt = data.Run.StartedAt,
            EndedAt = data.Run.EndedAt,
            BrowserVersion = data.Run.BrowserVersion,
            Tasks = data.Tasks.Select(t => new ReportTaskDefinition(t.TaskKey, t.Title, t.Prompt, t.TimeLimitSeconds,
                t.OptimalPath.Split('\n', StringSplitOptions.RemoveEmptyEntries))).ToArray(),
            Participants = data.Participants.Select(p => new ReportParticipant(p.Label, p.Persona, p.Sessions, p.Status, p.EndReason)).ToArray(),
            Attempts = data.Attempts,
            Events = data.Events,
            Answers = data.Answers,
            Snapshots = snapshots,
        };
    }

    /// <summary>Plugs Recording's Chromium printer into Reporting's interface, as the CLI does.</summary>
    public sealed class Printer(ChromiumPdfPrinter printer) : IPdfPrinter
    {
        public Task PrintAsync(string html, string pdfPath, PdfOptions options, CancellationToken ct) =>
            printer.PrintAsync(html, pdfPath, options.HeaderTitle, ct);
    }
}
