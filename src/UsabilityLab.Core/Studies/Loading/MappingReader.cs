using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// A YAML mapping read against the keys valid at its position. Opening it reports every unknown key (with a
/// did-you-mean) at the key itself; <see cref="Required"/> reports a missing key at the mapping.
/// </summary>
internal sealed class MappingReader
{
    private readonly LoadContext context;
    private readonly string section;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> known = new(StringComparer.Ordinal);

    // Keys already offered as "did you mean": 'nmae' → 'name' should not also say "missing 'name'".
    private readonly HashSet<string> suggested = new(StringComparer.Ordinal);

    private MappingReader(LoadContext context, YamlMappingNode node, string section)
    {
        this.context = context;
        this.section = section;
        Node = node;
    }

    public YamlMappingNode Node { get; }

    /// <summary>True when an unknown key was reported; checks that depend on the whole mapping should then stay quiet.</summary>
    public bool HasUnknownKeys { get; private set; }

    /// <summary>Known keys present, in file order.</summary>
    public IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries => known.Values.OrderBy(e => e.Key.Start);

    /// <summary>
    /// Opens <paramref name="node"/> as a mapping of <paramref name="keys"/>, or reports and returns <c>null</c>.
    /// <paramref name="unknown"/> phrases an unknown key (default "unknown key 'k' in section").
    /// </summary>
    public static MappingReader? Open(
        LoadContext context, YamlNode? node, string section, IReadOnlyCollection<string> keys, string example,
        Func<string, string>? unknown = null, string listLead = "valid keys are")
    {
        if (node is null)
            return null;
        if (node is not YamlMappingNode mapping)
        {
            context.Report(node, $"{section} must be a mapping, e.g. {example}; got {YamlValues.Describe(node)}");
            return null;
        }

        var reader = new MappingReader(context, mapping, section);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalar)
                context.Report(key, $"keys in {section} must be plain names, got {YamlValues.Describe(key)}");
            else if (keys.Contains(name))
                reader.known[name] = (scalar, value);
            else
            {
                reader.HasUnknownKeys = true;
                context.Report(key, (unknown?.Invoke(name) ?? $"unknown key '{name}' in {section}") + Suggestions.Hint(name, keys, listLead));
                if (Suggestions.Closest(name, keys) is { } closest)
                    reader.suggested.Add(closest);
            }
        }

        return reader;
    }

    /// <summary>The value of an optional key; <c>null</c> when absent or written empty (<c>key:</c>, <c>~</c>).</summary>
    public YamlNode? Optional(string key) =>
        known.TryGetValue(key, out var entry) && !YamlValues.IsNull(entry.Value) ? entry.Value : null;

    /// <summary>The value of a required key, or a report ("task is missing 'title'; add e.g. …") and <c>null</c>.</summary>
    public YamlNode? Required(string key, string example)
    {
        if (!known.TryGetValue(key, out var entry))
        {
            if (suggested.Contains(key))
                return null;
            context.Report(Node, $"{section} is missing '{key}'; add e.g. {example}");
            return null;
        }

        if (!YamlValues.IsNull(entry.Value))
            return entry.Value;
        context.Report(entry.Key, $"'{key}' has no value; write e.g. {example}");
        return null;
    }

    /// <summary>
    /// For one-of mappings (a step, a success criterion, an expect): the single known entry. An empty mapping and
    /// every entry after the first are reported; unknown keys were reported when opening.
    /// </summary>
    public (string Key, YamlNode Value)? Single(string example, Func<string, string> extra)
    {
        var entries = Entries.ToList();
        if (Node.Children.Count == 0)
            context.Report(Node, $"{section} is empty; write e.g. {example}");
        foreach (var (key, _) in entries.Skip(1))
            context.Report(key, extra(key.Value!));
        return entries.Count == 1 ? (entries[0].Key.Value!, entries[0].Value) : null;
    }
}
