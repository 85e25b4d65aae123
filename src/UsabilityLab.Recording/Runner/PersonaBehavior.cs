using UsabilityLab.Core.Personas;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// The random decisions of one simulated participant, drawn from streams of its own seed: one stream per task and step
/// (<see cref="DrawFor"/>). How many draws a step takes can depend on what the page shows at that moment (whether it
/// reacted within the settle window, what the pointer landed on); with a stream per step, one draw more or fewer in one
/// step leaves every later step's draws as they were, and a resumed participant's remaining tasks draw what they
/// would have drawn without the interruption.
/// </summary>
internal sealed class PersonaBehavior(PersonaProfile persona, int seed)
{
    public PersonaProfile Persona { get; } = persona;

    /// <summary>The stream the next draws come from.</summary>
    public Random Random { get; private set; } = new(seed);

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

    /// <summary>
    /// The next draws are those of step <paramref name="step"/> of the study's task number <paramref name="task"/>
    /// (-1: before the task's first step, reading its prompt).
    /// </summary>
    public void DrawFor(int task, int step) => Random = new Random(StreamSeed(seed, task, step));

    /// <summary>A seed for (participant seed, task, step), spread by SplitMix64's finaliser so that neighbours share nothing.</summary>
    internal static int StreamSeed(int seed, int task, int step)
    {
        var x = ((ulong)(uint)seed << 32) ^ ((ulong)(uint)task << 16) ^ (uint)(step + 1);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return (int)((x ^ (x >> 31)) & int.MaxValue);
    }
}
