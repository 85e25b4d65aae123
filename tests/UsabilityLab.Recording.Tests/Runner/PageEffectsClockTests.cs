using System.Text.Json;
using Microsoft.Playwright;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>
/// How long the runner waits for a busy page's answer after an action, on a fake clock: the answer's guard, then the
/// longer wait for a late one, before the action is taken for one without a change.
/// </summary>
public sealed class PageEffectsClockTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30); // real time, for a hang only: the fake clock decides
    private static readonly PageEffects.Mark Before = new(0, 0, 0, Reactions: 5);

    [Fact]
    public async Task Settle_PageThatNeverAnswers_GivesUpAfterBothGuardsOnTheClock_NoChange()
    {
        var time = new InlineClock();
        using var effects = new PageEffects(BusyPage(new TaskCompletionSource<JsonElement>()), time);

        var settling = time.Begin(() => effects.SettleAsync(Before, navigationTimeoutMs: 30_000));
        time.Step(PageEffects.AnswerGuardMs + PageEffects.LateAnswerMs - 1);
        Assert.False(settling.IsCompleted);
        time.Step(1);

        Assert.False(await settling.WaitAsync(Guard)); // the count it reads then is the one noted at the input
    }

    [Fact]
    public async Task Settle_AnswerLaterThanItsGuard_StillCountsTheChangeItReports()
    {
        var time = new InlineClock();
        var answer = new TaskCompletionSource<JsonElement>();
        using var effects = new PageEffects(BusyPage(answer), time);

        var settling = time.Begin(() => effects.SettleAsync(Before, navigationTimeoutMs: 30_000));
        time.Step(PageEffects.AnswerGuardMs + 1_000);
        Assert.False(settling.IsCompleted);
        answer.SetResult(JsonSerializer.SerializeToElement(new object[] { "changed", 5 }));

        Assert.True(await settling.WaitAsync(Guard));
    }

    /// <summary>A page whose answer to the in-page effect wait is <paramref name="answer"/>, and whose count of DOM changes stays at the mark's.</summary>
    private static IPage BusyPage(TaskCompletionSource<JsonElement> answer) =>
        FakePage.Create(type => type == typeof(Task<JsonElement>) ? answer.Task
            : type == typeof(Task<long>) ? Task.FromResult(Before.Reactions!.Value)
            : throw new NotSupportedException(type.Name)).Page;
}
