namespace UsabilityLab.Core.Personas;

/// <summary>
/// Parameters of a simulated participant. Think time is log-normal (median and geometric spread), the other
/// behaviours are per-step probabilities. Documented with their sources in docs/personas.md.
/// </summary>
/// <param name="Name">Persona name used in study files.</param>
/// <param name="ThinkMedianMs">Median think time before an action, participant milliseconds.</param>
/// <param name="ThinkSigma">σ of ln(think time); 0 gives a fixed think time.</param>
/// <param name="DetourProbability">Chance, per step, of clicking a visible link off the golden path and then coming back.</param>
/// <param name="MisclickProbability">Chance, per click, of first hitting a point 30–120 px off the target.</param>
/// <param name="RageProbability">Chance of a burst of 3–6 fast clicks when a click changes nothing.</param>
/// <param name="GiveUpAfterFailures">The participant abandons after this many failed tries of one step.</param>
/// <param name="TimeBudgetShare">The participant abandons once this share of the task's time limit is used (1 = never earlier).</param>
/// <param name="ReadingWordsPerMinute">Reading speed for the prompt; adds to think time (0 = no reading time).</param>
/// <param name="PointingSigmaPx">Standard deviation of where a click lands around the aimed point (Fitts-style noise).</param>
/// <param name="TypingCharsPerMinute">Typing speed for fill steps (0 = instant).</param>
public sealed record PersonaProfile(
    string Name,
    double ThinkMedianMs,
    double ThinkSigma,
    double DetourProbability,
    double MisclickProbability,
    double RageProbability,
    int GiveUpAfterFailures,
    double TimeBudgetShare,
    double ReadingWordsPerMinute,
    double PointingSigmaPx,
    double TypingCharsPerMinute)
{
    /// <summary>QA benchmark mode: follows the steps with a fixed short think time, no deviations.</summary>
    public static PersonaProfile Exact { get; } = new("exact", 300, 0, 0, 0, 0, 1, 1, 0, 0, 0);

    /// <summary>Knows the site and the domain: fast, rarely deviates.</summary>
    public static PersonaProfile Expert { get; } = new("expert", 1200, 0.35, 0.03, 0.03, 0.2, 4, 1.0, 300, 2.5, 300);

    /// <summary>An ordinary shopper.</summary>
    public static PersonaProfile Typical { get; } = new("typical", 2500, 0.5, 0.15, 0.08, 0.6, 4, 0.9, 230, 5, 200);

    /// <summary>New to the site and to online shopping: slow, explores, gives up sooner.</summary>
    public static PersonaProfile Novice { get; } = new("novice", 4500, 0.6, 0.3, 0.15, 0.8, 3, 0.75, 160, 8, 120);

    /// <summary>Personas a study file may name in <c>participants.personas</c>.</summary>
    public static IReadOnlyList<PersonaProfile> Known { get; } = [Expert, Typical, Novice];

    /// <summary>
    /// True when a participant stored with this persona was simulated (a scripted run's persona, <c>exact</c>
    /// included); people are stored as <c>person</c> (moderated, remote) or <c>imported</c>.
    /// </summary>
    public static bool IsSimulated(string? persona) => persona is not null && Find(persona) is not null;

    /// <summary>Finds a persona by name (case-insensitive), including <c>exact</c>.</summary>
    public static PersonaProfile? Find(string name) =>
        Known.Append(Exact).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
