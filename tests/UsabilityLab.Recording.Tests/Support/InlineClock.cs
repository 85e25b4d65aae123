using Microsoft.Extensions.Time.Testing;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>
/// A fake clock whose waiters resume inside <see cref="Step"/>. The test framework runs a test under a synchronization
/// context that queues every continuation; code started through <see cref="Begin{T}"/>, and the clock moved on through
/// <see cref="Step"/>, run outside it, so a wait that ends resumes at once and runs up to its next wait before Step
/// returns. The test can then assert where the code stands at each moment, not merely that it has not got there yet.
/// </summary>
internal sealed class InlineClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    public InlineClock()
        : this(new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Calls <paramref name="start"/> (which begins the async work under test) outside the test's synchronization context.</summary>
    public T Begin<T>(Func<T> start) => WithoutContext(start);

    /// <summary>
    /// Moves the clock on by <paramref name="ms"/> whole milliseconds, one at a time: a waiter woken on the way then sees
    /// its own moment, and the wait it sets next counts from there (one long <see cref="FakeTimeProvider.Advance(TimeSpan)"/>
    /// wakes it at the end, and the next wait would count from there instead).
    /// </summary>
    public void Step(int ms) => WithoutContext(() =>
    {
        for (var i = 0; i < ms; i++)
        {
            Advance(TimeSpan.FromMilliseconds(1));
        }

        return 0;
    });

    private static T WithoutContext<T>(Func<T> action)
    {
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return action();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }
}
