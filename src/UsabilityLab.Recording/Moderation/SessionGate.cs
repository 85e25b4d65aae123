namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// The one gate every state change of a moderated session passes, whether it comes from the participant's panel, the
/// console or the browser going away. After a change the console is told the new state, and every two seconds anyway:
/// times keep moving and frames keep arriving between commands.
/// </summary>
internal sealed class SessionGate(Func<ModerationSnapshot> snapshot, ModerationUpdates updates, TimeProvider time) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _ticker = Task.CompletedTask;

    /// <summary>Runs a change under the gate; when it says it changed something, tells the console.</summary>
    public async Task<bool> RunAsync(Func<Task<bool>> change)
    {
        bool changed;
        await _gate.WaitAsync();
        try
        {
            changed = await change();
        }
        finally
        {
            _gate.Release();
        }

        if (changed)
        {
            await PublishAsync();
        }

        return changed;
    }

    /// <summary>Runs a change under the gate, then tells the console.</summary>
    public Task RunAsync(Func<Task> change) => RunAsync(async () =>
    {
        await change();
        return true;
    });

    /// <summary>Reads the session's state under the gate.</summary>
    public async Task<T> ReadAsync<T>(Func<T> read)
    {
        await _gate.WaitAsync();
        try
        {
            return read();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Tells the console the state every two seconds from now on.</summary>
    public void StartTicking() => _ticker = Task.Run(TickAsync);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _ticker;
        _stop.Dispose();
    }

    private async Task PublishAsync() => updates.Publish(new StateUpdate(await ReadAsync(snapshot)));

    private async Task TickAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2), time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await PublishAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }
}
