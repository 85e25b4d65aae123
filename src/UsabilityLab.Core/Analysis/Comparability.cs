namespace UsabilityLab.Core.Analysis;

/// <summary>
/// Whether two runs' participants were of the same kind. A difference between an exact run (the QA persona: no
/// misclicks, detours or think-time spread) and a mixed run (simulated people) is the persona model's doing, and a
/// simulated run against people is a model against observations: `lab compare` and the report's comparison say so.
/// </summary>
public static class Comparability
{
    /// <summary>Who took part in a run, in words.</summary>
    /// <param name="mode">Run mode: Scripted, Moderated or Imported.</param>
    /// <param name="personaMode">Persona mode of a scripted run: exact or mixed.</param>
    public static string Participants(string mode, string? personaMode) => (mode, personaMode) switch
    {
        ("Scripted", "exact") => "the exact persona (a QA benchmark without human-like deviations)",
        ("Scripted", _) => "simulated participants (mixed personas)",
        ("Moderated", _) => "people (moderated or remote sessions)",
        ("Imported", _) => "imported results",
        _ => mode,
    };

    /// <summary>A one-sentence warning when the runs' participants differ in kind; null when they are alike.</summary>
    /// <param name="modeA">Mode of run A.</param>
    /// <param name="personaA">Persona mode of run A (scripted runs).</param>
    /// <param name="modeB">Mode of run B.</param>
    /// <param name="personaB">Persona mode of run B (scripted runs).</param>
    public static string? Warning(string modeA, string? personaA, string modeB, string? personaB)
    {
        var a = Participants(modeA, personaA);
        var b = Participants(modeB, personaB);
        // Imported results and moderated sessions are both people: comparing them is what a redesign study does.
        static bool People(string mode) => mode is "Moderated" or "Imported";
        if (a == b || (People(modeA) && People(modeB)))
        {
            return null;
        }

        return $"Not like for like: run A was recorded with {a}, run B with {b}. Differences between them come from how " +
               "the participants were made, not only from the site; compare runs recorded the same way.";
    }
}
