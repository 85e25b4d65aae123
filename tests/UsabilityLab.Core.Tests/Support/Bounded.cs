namespace UsabilityLab.Core.Tests.Support;

/// <summary>
/// Runs one property-test case within a time and an allocation budget: a hang fails the case (after the time) instead
/// of hanging the test run, and an input that makes the code allocate without bound fails it too.
/// </summary>
internal static class Bounded
{
    public static readonly TimeSpan Time = TimeSpan.FromSeconds(10);

    public static async Task<T> RunAsync<T>(Func<T> action, long maxAllocatedBytes)
    {
        var (result, allocated) = await Task.Run(() =>
        {
            // Synchronous code stays on this thread, so its allocations are this thread's.
            var before = GC.GetAllocatedBytesForCurrentThread();
            var value = action();
            return (value, GC.GetAllocatedBytesForCurrentThread() - before);
        }).WaitAsync(Time);
        Assert.True(allocated <= maxAllocatedBytes, $"allocated {allocated:N0} bytes, more than the {maxAllocatedBytes:N0} allowed");
        return result;
    }
}
