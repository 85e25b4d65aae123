using UsabilityLab.Core.Events;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// The study's automatic success criteria, watched during a moderated attempt: checked shortly after every click,
/// key, change and navigation and every couple of seconds otherwise (pages also change on their own). The first
/// moment they all hold on any of the participant's pages is kept; the moderator still decides when the task ends.
/// </summary>
internal sealed class CriteriaWatch : IAsyncDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(2);
    private readonly ParticipantLeg _leg;
    private readonly IReadOnlyList<SuccessCriterion> _criteria;
    private readonly Func<double> _activeMs;
    private readonly Action<double> _onMet;
    private readonly SemaphoreSlim _poke = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private double _metAt = double.NaN;

    public CriteriaWatch(ParticipantLeg leg, StudyTask task, Func<double> activeMs, Action<double> onMet)
    {
        _leg = leg;
        _criteria = task.Success;
        _activeMs = activeMs;
        _onMet = onMet;
        leg.Recorder.Recorded += OnRecorded;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Active task time at which all criteria first held, or null.</summary>
    public double? MetAtActiveMs => Volatile.Read(ref _metAt) is var met && !double.IsNaN(met) ? met : null;

    /// <summary>Null when every criterion holds on one of the leg's open pages, else the first unmet one (of the active page).</summary>
    public static async Task<string?> FirstUnmetAsync(ParticipantLeg leg, IReadOnlyList<SuccessCriterion> criteria)
    {
        if (leg.IsLost)
        {
            return "browser lost";
        }

        string? first = null;
        foreach (var page in leg.Pages.Reverse())
        {
            var unmet = await SuccessCriteria.FirstUnmetAsync(page, criteria);
            if (unmet is null)
            {
                return null;
            }

            first ??= unmet;
        }

        return first ?? "no open page";
    }

    private void OnRecorded(RecordedEvent e)
    {
        if (e.IsClick || e.Kind is EventKind.Navigation or EventKind.Key or EventKind.Change or EventKind.Submit)
        {
            try
            {
                _poke.Release();
            }
            catch (SemaphoreFullException)
            {
                // A check is already due.
            }
        }
    }

    private async Task LoopAsync()
    {
        try
        {
            while (double.IsNaN(Volatile.Read(ref _metAt)))
            {
                if (await _poke.WaitAsync(Idle, _stop.Token))
                {
                    await Task.Delay(Settle, _stop.Token);
                }

                if (await FirstUnmetAsync(_leg, _criteria) is null)
                {
                    var at = _activeMs();
                    Volatile.Write(ref _metAt, at);
                    _onMet(at);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The attempt ended.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _leg.Recorder.Recorded -= OnRecorded;
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _poke.Dispose();
    }
}
