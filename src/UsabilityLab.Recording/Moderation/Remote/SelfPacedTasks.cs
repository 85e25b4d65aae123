namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>
/// The moderator's part of an unmoderated session, done by the lab: once the participant has consented, each task is
/// shown as soon as the one before it has ended (and its SEQ was answered), and the session ends when the participant
/// has answered the last questionnaire. The participant sets the pace with the panel's own buttons.
/// </summary>
public static class SelfPacedTasks
{
    /// <summary>Drives <paramref name="session"/> until it ends or <paramref name="cancellationToken"/> fires.</summary>
    public static async Task RunAsync(ModeratedSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        try
        {
            await foreach (var update in session.Updates.FollowAsync(cancellationToken))
            {
                if (update is not StateUpdate { State: var state })
                {
                    continue;
                }

                if (state.Status == ModerationStatus.Ended)
                {
                    return;
                }

                if (state.Status != ModerationStatus.Running)
                {
                    continue;
                }

                switch (state.Phase)
                {
                    case ModerationPhase.Waiting or ModerationPhase.Between:
                        await ShowNextAsync(session);
                        break;
                    case ModerationPhase.Finished:
                        await session.EndAsync();
                        return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The lab is stopping: whoever owns the session ends it.
        }
    }

    private static async Task ShowNextAsync(ModeratedSession session)
    {
        try
        {
            await session.StartNextTaskAsync();
        }
        catch (ModerationException)
        {
            // A state update raced another: the flow already moved on, and the next update says where it is.
        }
    }
}
