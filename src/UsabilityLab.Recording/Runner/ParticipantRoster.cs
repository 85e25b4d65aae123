using UsabilityLab.Core.Personas;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Runner;

/// <summary>Draws the participants of a run from the study's persona mix, deterministically from the seed.</summary>
public static class ParticipantRoster
{
    /// <summary>
    /// Builds the roster. Persona counts are scaled to the participant count by largest remainder. Devices go round by
    /// participant index (P01 the first device, P02 the second, …), independent of the seed, so each device gets an
    /// equal share (±1) and the same participant keeps its device when a run is resumed. A sharded run's process gets
    /// only its shard's participants, drawn exactly as in the whole roster (label, persona, seed and device).
    /// </summary>
    public static IReadOnlyList<PlannedParticipant> Build(Study study, ScriptedRunOptions options)
    {
        var count = options.Participants ?? study.Participants.Count;
        var seed = options.Seed ?? study.Participants.Seed;
        var personas = options.PersonaMode == PersonaMode.Exact
            ? Enumerable.Repeat(PersonaProfile.Exact, count).ToList()
            : Shuffle(Scale(study.Participants.Personas, count), new Random(seed));
        return personas
            .Select((persona, i) => new PlannedParticipant($"P{i + 1:00}", persona, unchecked((seed * 7919) + i + 1), DeviceOf(study, i)))
            .Where((_, i) => options.Shard?.Includes(i) ?? true)
            .ToList();
    }

    private static string? DeviceOf(Study study, int index) => study.Devices.Count == 0 ? null : study.Devices[index % study.Devices.Count];

    private static List<PersonaProfile> Scale(IReadOnlyDictionary<string, int> mix, int count)
    {
        var entries = mix.Where(kv => kv.Value > 0).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        if (entries.Count == 0)
        {
            return Enumerable.Repeat(PersonaProfile.Typical, count).ToList();
        }

        var total = entries.Sum(kv => kv.Value);
        var shares = entries.Select(kv => (Persona: PersonaProfile.Find(kv.Key) ?? PersonaProfile.Typical, Exact: (double)kv.Value * count / total)).ToList();
        var counts = shares.Select(s => (int)Math.Floor(s.Exact)).ToArray();
        foreach (var index in shares.Select((s, i) => (Remainder: s.Exact - Math.Floor(s.Exact), i)).OrderByDescending(x => x.Remainder).ThenBy(x => x.i).Take(count - counts.Sum()))
        {
            counts[index.i]++;
        }

        return shares.SelectMany((s, i) => Enumerable.Repeat(s.Persona, counts[i])).ToList();
    }

    private static List<PersonaProfile> Shuffle(List<PersonaProfile> list, Random random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
