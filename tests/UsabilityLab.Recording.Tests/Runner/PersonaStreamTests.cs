using UsabilityLab.Core.Personas;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>
/// A simulated participant's draws come from a stream per task and step: what one step drew (more or fewer draws,
/// as the page's timing decides) never shifts what a later step draws.
/// </summary>
public sealed class PersonaStreamTests
{
    [Fact]
    public void DrawFor_AfterAStepThatDrewMore_LaterStepDrawsTheSame()
    {
        var calm = new PersonaBehavior(PersonaProfile.Typical, 42);
        var busy = new PersonaBehavior(PersonaProfile.Typical, 42);

        calm.DrawFor(0, 0);
        calm.ThinkMs();
        busy.DrawFor(0, 0);
        for (var i = 0; i < 7; i++)
        {
            busy.ThinkMs(); // the page was slow to react: the same step drew seven times
        }

        calm.DrawFor(0, 1);
        busy.DrawFor(0, 1);
        Assert.Equal(Draws(calm), Draws(busy));
    }

    [Fact]
    public void DrawFor_SameStepOfAResumedParticipant_SameDrawsAsInOneGo()
    {
        var inOneGo = new PersonaBehavior(PersonaProfile.Typical, 7);
        inOneGo.DrawFor(0, 0);
        inOneGo.ThinkMs();
        inOneGo.DrawFor(2, 3);
        var resumed = new PersonaBehavior(PersonaProfile.Typical, 7);

        resumed.DrawFor(2, 3);

        Assert.Equal(Draws(inOneGo), Draws(resumed));
    }

    [Fact]
    public void StreamSeed_NeighbouringSeedsTasksAndSteps_AllDifferent()
    {
        var seeds = new HashSet<int>();
        for (var seed = 0; seed < 20; seed++)
        {
            for (var task = -1; task < 10; task++)
            {
                for (var step = -1; step < 20; step++)
                {
                    Assert.True(seeds.Add(PersonaBehavior.StreamSeed(seed, task, step)), $"seed {seed}, task {task}, step {step} repeats a stream");
                }
            }
        }
    }

    private static double[] Draws(PersonaBehavior behavior) => [.. Enumerable.Range(0, 5).Select(_ => behavior.Random.NextDouble())];
}
