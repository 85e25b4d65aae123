namespace UsabilityLab.Recording.Runner;

/// <summary>For a task nobody waits for any more (a call that lost a race, a head start).</summary>
internal static class TaskForgetting
{
    /// <summary>Observes the task's fault, should it still end in one, so it is not reported as unobserved.</summary>
    public static void Forget(this Task task) => _ = task.ContinueWith(done => done.Exception, TaskScheduler.Default);
}
