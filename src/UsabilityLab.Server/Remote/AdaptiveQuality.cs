namespace UsabilityLab.Server.Remote;

/// <summary>
/// Picks the stream's quality step from how the participant's connection keeps up. Each frame sent is acknowledged by
/// the page once drawn; a frame that waits long for its acknowledgement, or newer frames that replace one still
/// waiting to be sent, mean the socket's send queue backs up: after a few such frames in a row the quality goes one
/// step down (smaller JPEGs). After a long run of quick ones it goes one step up again. Changes are at least
/// <see cref="Cooldown"/> apart, so one slow moment does not make the picture flicker between steps.
/// </summary>
/// <param name="steps">How many quality steps there are (0 is the best).</param>
internal sealed class AdaptiveQuality(int steps)
{
    /// <summary>An acknowledgement slower than this marks the frame as congested.</summary>
    public const double SlowAckMs = 250;

    /// <summary>Congested frames in a row before a step down.</summary>
    public const int CongestedToStepDown = 3;

    /// <summary>Quick frames in a row before a step up.</summary>
    public const int QuickToStepUp = 30;

    /// <summary>The least time between two changes.</summary>
    public static readonly TimeSpan Cooldown = TimeSpan.FromSeconds(2);

    private int _congested;
    private int _quick;
    private DateTimeOffset _changedAt = DateTimeOffset.MinValue;

    /// <summary>The current step (0 is the best quality).</summary>
    public int Step { get; private set; }

    /// <summary>
    /// Notes one sent frame: how long its acknowledgement took and how many newer frames were dropped meanwhile.
    /// Returns the new step when it changes, else null.
    /// </summary>
    public int? Observe(double ackMs, int skipped, DateTimeOffset now)
    {
        if (ackMs >= SlowAckMs || skipped >= 2)
        {
            _congested++;
            _quick = 0;
        }
        else
        {
            _quick++;
            _congested = 0;
        }

        if (now - _changedAt < Cooldown)
        {
            return null;
        }

        if (_congested >= CongestedToStepDown && Step < steps - 1)
        {
            return Change(Step + 1, now);
        }

        if (_quick >= QuickToStepUp && Step > 0)
        {
            return Change(Step - 1, now);
        }

        return null;
    }

    private int Change(int step, DateTimeOffset now)
    {
        Step = step;
        _changedAt = now;
        _congested = 0;
        _quick = 0;
        return step;
    }
}
