using System.Runtime.InteropServices;

namespace UsabilityLab.CommandLine;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM for the whole CLI. The first asks the running command to stop through its cancellation
/// token (a run finishes its open attempts, marks itself interrupted and says how to resume); a second one ends the
/// process at once, and the run then shows as interrupted (process gone).
/// </summary>
public sealed class InterruptSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration[] _registrations;
    private int _signals;

    public InterruptSignals(TextWriter error)
    {
        _error = error;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // the process ends when the command has saved what it recorded, not now
        if (Interlocked.Increment(ref _signals) == 1)
        {
            _error.WriteLine("lab: stopping: finishing the open attempts and saving what was recorded (Ctrl-C again quits at once)");
            _stop.Cancel();
            return;
        }

        _error.WriteLine("lab: quitting at once; what was already saved is kept, and the run shows as interrupted (process gone)");
        Environment.Exit(ExitCodes.Interrupted);
    }
}
