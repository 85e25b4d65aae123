using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Reporting.Report;

/// <summary>A moderator's note as the report shows it.</summary>
/// <param name="TaskId">Task the note was taken in, or null between tasks.</param>
/// <param name="Participant">Participant label.</param>
/// <param name="SecondsIntoTask">Time since the task started (or since the session started, between tasks).</param>
/// <param name="Tag">issue, quote, positive or idea.</param>
/// <param name="Severity">1 cosmetic … 4 critical.</param>
/// <param name="Text">The note.</param>
/// <param name="FrameJpeg">What the participant saw at that moment, when a frame was kept.</param>
public sealed record ReportObservation(string? TaskId, string Participant, double SecondsIntoTask, string Tag, int Severity, string Text, byte[]? FrameJpeg);
