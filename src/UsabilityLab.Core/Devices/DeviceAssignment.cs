using UsabilityLab.Core.Invitations;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Devices;

/// <summary>
/// Which of a study's <see cref="Study.Devices"/> a person uses, by their label: P01 the first device, P02 the second,
/// and round again, as the scripted roster spreads simulated participants, so invited participants share the devices
/// equally (±1) and keep theirs when they come back.
/// </summary>
public static class DeviceAssignment
{
    /// <summary>The device of <paramref name="participant"/> (a label such as P07), or null when the study names none; a label without a number gets the first device.</summary>
    public static string? For(Study study, string participant)
    {
        ArgumentNullException.ThrowIfNull(study);
        if (study.Devices.Count == 0)
        {
            return null;
        }

        var number = ParticipantLabels.NumberOf(participant ?? "") ?? 1;
        return study.Devices[(number - 1) % study.Devices.Count];
    }
}
