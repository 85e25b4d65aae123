using UsabilityLab.Core.Personas;
using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Reads <c>participants: { count, seed, personas }</c>. Count and persona mix must agree; either may be left out
/// (count defaults to the sum, the mix defaults to all typical).
/// </summary>
internal static class ParticipantsReader
{
    private const int MaxParticipants = 10_000;
    private static readonly string[] Keys = ["count", "seed", "personas"];
    private static readonly string[] PersonaNames = [.. PersonaProfile.Known.Select(p => p.Name)];

    public static ParticipantPlan Read(LoadContext context, YamlNode? node)
    {
        var defaults = ParticipantPlan.Default;
        var participants = MappingReader.Open(context, node, "participants", Keys, "{ count: 12, seed: 42 }");
        if (participants is null)
            return defaults;

        var count = context.ReadWholeNumber(participants.Optional("count"), "participants.count", 1, MaxParticipants);
        var seed = context.ReadWholeNumber(participants.Optional("seed"), "participants.seed") ?? defaults.Seed;
        var personasNode = participants.Optional("personas");
        var personas = ReadPersonas(context, personasNode, out var complete);
        if (personas is null)
        {
            var n = count ?? defaults.Count;
            return new ParticipantPlan(n, seed, new Dictionary<string, int> { ["typical"] = n });
        }

        var sum = personas.Values.Sum();
        if (!complete)
            return new ParticipantPlan(count ?? sum, seed, personas); // a misspelt persona was reported; its count is unknown
        if (count is { } expected && sum != expected)
            context.Report(personasNode!, $"participants.personas add up to {sum} but participants.count is {expected}; make them match, or leave out count");
        else if (count is null && participants.Optional("count") is null && sum == 0)
            context.Report(personasNode!, "participants.personas must include at least one participant, e.g. { typical: 5 }");
        else if (count is null && sum > MaxParticipants)
            context.Report(personasNode!, FormattableString.Invariant($"participants.personas add up to {sum}; a run has at most {MaxParticipants} participants"));
        return new ParticipantPlan(count ?? sum, seed, personas);
    }

    private static Dictionary<string, int>? ReadPersonas(LoadContext context, YamlNode? node, out bool complete)
    {
        complete = true;
        var mapping = MappingReader.Open(
            context, node, "participants.personas", PersonaNames, "{ expert: 3, typical: 6, novice: 3 }",
            name => $"unknown persona '{name}' in participants.personas", "known personas are");
        if (mapping is null)
            return null;

        complete = !mapping.HasUnknownKeys;
        var personas = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
            personas[key.Value!] = context.ReadWholeNumber(value, $"participants.personas.{key.Value}", 0, MaxParticipants) ?? 0;
        return personas;
    }
}
