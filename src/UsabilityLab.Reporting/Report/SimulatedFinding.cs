using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// The sentences of a simulated run's element findings. What the site did on the study's path is told as a fact about
/// the site; what only some sessions met, because the persona model's misclicks, detours and rage bursts landed
/// there, is told as model output with its count of simulated sessions — never as what people do.
/// </summary>
internal static class SimulatedFinding
{
    /// <param name="evidence">A signal of <paramref name="kind"/>: an error click's evidence carries the error.</param>
    public static Finding Site(SignalKind kind, bool? interactive, PathEvidence path, string element, string page, Signal evidence, int sessions, double share)
    {
        var why = path switch
        {
            PathEvidence.StudyStep => "the study's steps click it, so the exact persona meets it too",
            PathEvidence.EveryAttempt => "every simulated session that reached the page clicked it",
            _ => "the exact persona draws nothing at random",
        };
        if (kind == SignalKind.ErrorClick)
        {
            var error = evidence.Evidence.FirstOrDefault(e => !e.IsClick && e.Detail is not null)?.Detail;
            var detail = error is null ? "" : $" ({Short(error)})";
            return new(share * 1.3, $"Clicking {element} on {page} throws a JavaScript error{detail}, on every click in all {sessions} simulated sessions that clicked it: a fault of the site ({why}).", false);
        }

        return interactive == false
            ? new(share * 1.1, $"{Capital(element)} on {page} is not a link or button: clicking it does nothing ({why}).", false)
            : new(share * 0.9, $"{Capital(element)} on {page} showed no reaction within 1.5 s to any click, in all {sessions} simulated sessions that clicked it ({why}).", false);
    }

    public static Finding Model(SignalKind kind, bool? interactive, int people, string element, string page, int rage, double share, int total) => kind switch
    {
        SignalKind.ErrorClick => new(share * 1.3, $"Persona model: in {people} of {total} simulated sessions a click on {element} on {page} was followed by a JavaScript error, but not every click was; run the exact persona to check it.", true),
        _ when interactive == false => new(share * 1.1, $"Persona model: simulated misclicks and detours landed on {element} on {page} in {people} of {total} sessions; it is not a link or button, so nothing happened{(rage > 0 ? $" ({rage} rage-click bursts drawn by the model)" : "")}.", true),
        SignalKind.RageClick => new(share * 1.05, $"Persona model: in {people} of {total} simulated sessions the model answered {element} on {page} with rage-click bursts ({rage}) before it responded.", true),
        _ => new(share * 0.9, $"Persona model: in {people} of {total} simulated sessions a click on {element} on {page} saw no reaction within 1.5 s.", true),
    };

    private static string Capital(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private static string Short(string error)
    {
        var line = error.Split('\n', 2)[0].Trim();
        return line.Length <= 80 ? line : line[..77] + "…";
    }
}
