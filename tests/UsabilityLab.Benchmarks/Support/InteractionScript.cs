namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// The recorder-vs-rrweb interaction script, deterministic from a seed: per click, five mouse moves gliding towards the
/// target then the click; a wheel notch every 20 clicks (25 notches down, 25 up, …). At full size: 10,000 clicks, 50,000
/// moves, 500 wheel notches; the test page turns every 10th click into a DOM mutation (1,000).
/// </summary>
internal sealed record InteractionScript(IReadOnlyList<InteractionScript.Step> Steps, int Clicks, int Moves, int Wheels)
{
    public enum Kind { Move, Click, Wheel }

    public readonly record struct Step(Kind Kind, double X, double Y, double DeltaY = 0);

    public static InteractionScript Create(int clicks, int seed = 11)
    {
        var random = new Random(seed);
        var steps = new List<Step>(clicks * 7);
        double x = 640, y = 400;
        var wheels = 0;
        for (var c = 0; c < clicks; c++)
        {
            var tx = 30 + (random.NextDouble() * 1220);
            var ty = 60 + (random.NextDouble() * 720);
            for (var m = 1; m <= 5; m++)
            {
                steps.Add(new(Kind.Move, x + ((tx - x) * m / 5) + random.Next(-3, 4), y + ((ty - y) * m / 5) + random.Next(-3, 4)));
            }

            (x, y) = (tx, ty);
            steps.Add(new(Kind.Click, x, y));
            if (c % 20 == 19)
            {
                steps.Add(new(Kind.Wheel, x, y, wheels / 25 % 2 == 0 ? 300 : -300));
                wheels++;
            }
        }

        return new InteractionScript(steps, clicks, clicks * 5, wheels);
    }

    public async Task PlayAsync(Cdp cdp)
    {
        foreach (var step in Steps)
        {
            await (step.Kind switch
            {
                Kind.Move => cdp.MoveAsync(step.X, step.Y),
                Kind.Click => cdp.ClickAsync(step.X, step.Y),
                _ => cdp.WheelAsync(step.X, step.Y, step.DeltaY),
            });
        }

        await cdp.DrainAsync();
    }
}
