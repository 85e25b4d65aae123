namespace UsabilityLab.Recording.Runner;

/// <summary>
/// One time budget for the steps of one piece of work (opening a page, measuring it, capturing it): each step gets
/// what is left, so the whole never runs past the budget, however the time falls between the steps.
/// </summary>
internal sealed class Deadline
{
    private readonly TimeProvider _time;
    private readonly long _started;

    /// <param name="budgetMs">The whole budget.</param>
    /// <param name="time">The clock it is measured on (<see cref="TimeProvider.System"/> when null).</param>
    public Deadline(int budgetMs, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budgetMs);
        BudgetMs = budgetMs;
        _time = time ?? TimeProvider.System;
        _started = _time.GetTimestamp();
    }

    /// <summary>The whole budget, in milliseconds.</summary>
    public int BudgetMs { get; }

    /// <summary>What is left of the budget, in milliseconds; at least 1 (a step given 0 would wait for ever in Playwright).</summary>
    public int LeftMs => (int)Math.Max(1, BudgetMs - _time.GetElapsedTime(_started).TotalMilliseconds);

    /// <summary><paramref name="step"/>'s result; throws <see cref="TimeoutException"/> when the budget runs out first.</summary>
    public async Task<T> WithinAsync<T>(Task<T> step)
    {
        await WithinAsync((Task)step);
        return await step;
    }

    /// <summary>Waits for <paramref name="step"/>; throws <see cref="TimeoutException"/> when the budget runs out first.</summary>
    public async Task WithinAsync(Task step)
    {
        try
        {
            await step.WaitAsync(TimeSpan.FromMilliseconds(LeftMs), _time);
        }
        catch (TimeoutException) when (!step.IsCompleted)
        {
            step.Forget(); // it may still fail later, with nobody waiting for it
            throw;
        }
    }
}
