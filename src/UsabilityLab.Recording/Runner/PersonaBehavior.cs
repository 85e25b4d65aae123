using UsabilityLab.Core.Personas;

namespace UsabilityLab.Recording.Runner;

/// <summary>The random decisions of one simulated participant, all drawn from its own seeded RNG.</summary>
internal sealed class PersonaBehavior(PersonaProfile persona, Random random)
{
    public PersonaProfile Persona { get; } = persona;

    public Random Random { get; } = random;

    /// <summary>The participant's device has a touch screen: they tap with a finger where others click with a mouse.</summary>
    public bool Touch { get; init; }

    public bool IsExact => Persona.ThinkSigma == 0 && Persona.DetourProbability == 0 && Persona.PointingSigmaPx == 0;

    /// <summary>Think time before an action: log-normal around the persona's median.</summary>
    public double ThinkMs() => Persona.ThinkMedianMs * Math.Exp(Persona.ThinkSigma * Gaussian());

    /// <summary>A shorter glance (scrolling on, scanning a page that turned out to be wrong).</summary>
    public double GlanceMs() => 0.35 * ThinkMs();

    /// <summary>Time to read a prompt at the persona's reading speed.</summary>
    public double ReadingMs(string text) =>
        Persona.ReadingWordsPerMinute <= 0 ? 0 : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length / Persona.ReadingWordsPerMinute * 60_000;

    /// <summary>Time to type a value.</summary>
    public double TypingMs(string value) =>
        Persona.TypingCharsPerMinute <= 0 ? 0 : value.Length / Persona.TypingCharsPerMinute * 60_000;

    public bool Chance(double probability) => probability > 0 && Random.NextDouble() < probability;

    /// <summary>Standard normal draw (Box–Muller).</summary>
    public double Gaussian()
    {
        var u1 = 1.0 - Random.NextDouble();
        var u2 = Random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    public double Between(double low, double high) => low + (Random.NextDouble() * (high - low));
}
