using UsabilityLab.Core.Events;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>Waits for what a recorder records, instead of for time to pass.</summary>
internal static class RecordedEvents
{
    /// <summary>Far beyond any event's way from the page; only a recorder that never hears of it reaches this.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Completes with the first event <paramref name="recorder"/> records from now on that <paramref name="match"/>
    /// accepts; call it before the action that should bring the event. Fails naming <paramref name="what"/> after a
    /// guard that only a missing event reaches.
    /// </summary>
    public static async Task<RecordedEvent> NextAsync(this SessionRecorder recorder, Func<RecordedEvent, bool> match, string what)
    {
        var seen = new TaskCompletionSource<RecordedEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRecorded(RecordedEvent recorded)
        {
            if (match(recorded))
            {
                seen.TrySetResult(recorded);
            }
        }

        recorder.Recorded += OnRecorded;
        try
        {
            return await seen.Task.WaitAsync(Guard);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the recorder recorded no {what} within {Guard.TotalSeconds:0} s");
        }
        finally
        {
            recorder.Recorded -= OnRecorded;
        }
    }
}
