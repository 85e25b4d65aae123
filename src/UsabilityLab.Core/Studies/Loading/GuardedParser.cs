using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Passes YamlDotNet's parser events through on their way into the tree, remembers where the last node started (so a
/// failure that is not a YamlException can still be located), reports tags, and stops at the limits that keep a hostile
/// file from crashing or exhausting the process. YamlDotNet builds the tree recursively, and some 50,000 nested
/// brackets overflow the stack, which no catch survives; aliases share one node in the tree, but a few hundred bytes of
/// nested aliases ("billion laughs") stand for billions of values to every reader that walks them.
/// </summary>
internal sealed class GuardedParser(IParser inner, LoadContext context) : IParser
{
    /// <summary>Deepest nesting of lists and mappings; a study needs 6 (the top level, tasks, a task, its steps, a step, its value).</summary>
    public const int MaxDepth = 32;

    /// <summary>Most values that aliases may stand for in one file, counting aliases inside aliased nodes as what they stand for.</summary>
    public const int MaxAliasedNodes = 100_000;

    private const string StandardTagPrefix = "tag:yaml.org,2002:";

    // The lists and mappings being read, innermost last: each one's anchor and how many nodes it holds so far.
    private readonly List<(AnchorName Anchor, long Nodes)> open = [];
    private readonly Dictionary<AnchorName, long> anchoredNodes = [];
    private long aliasedNodes;

    public Mark LastNodeStart { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        switch (inner.Current)
        {
            case AnchorAlias alias:
                LastNodeStart = alias.Start;
                Add(Aliased(alias));
                break;
            case NodeEvent node:
                LastNodeStart = node.Start;
                if (!node.Tag.IsEmpty)
                    context.Report(node.Start, $"tags are not supported; remove '{Shorthand(node.Tag.Value)}' (quote the value if it must stay text)");
                if (node is Scalar)
                    Close(node.Anchor, 1);
                else
                    Open(node);
                break;
            case SequenceEnd or MappingEnd when open.Count > 0:
                var (anchor, nodes) = open[^1];
                open.RemoveAt(open.Count - 1);
                Close(anchor, nodes);
                break;
        }

        return moved;
    }

    private void Open(NodeEvent node)
    {
        if (open.Count >= MaxDepth)
            throw new YamlLimitException(node.Start, $"lists and mappings are nested more than {MaxDepth} deep; a study needs 6 at most, so check the brackets and indentation");
        open.Add((node.Anchor, 1));
    }

    /// <summary>A finished node: remembered under its anchor, counted in the list or mapping around it.</summary>
    private void Close(AnchorName anchor, long nodes)
    {
        if (!anchor.IsEmpty)
            anchoredNodes[anchor] = nodes;
        Add(nodes);
    }

    private long Aliased(AnchorAlias alias)
    {
        if (open.Exists(o => o.Anchor == alias.Value))
            throw new YamlLimitException(alias.Start, $"alias '*{alias.Value}' is inside the node it names, which would repeat for ever; write that part out");

        // An unknown anchor is YamlDotNet's to report; it counts as one node until then.
        var nodes = anchoredNodes.GetValueOrDefault(alias.Value, 1);
        aliasedNodes += nodes;
        if (aliasedNodes > MaxAliasedNodes)
            throw new YamlLimitException(alias.Start, FormattableString.Invariant($"aliases here stand for more than {MaxAliasedNodes:N0} values; write the repeated parts out instead of nesting aliases"));
        return nodes;
    }

    private void Add(long nodes)
    {
        if (open.Count > 0)
            open[^1] = (open[^1].Anchor, open[^1].Nodes + nodes);
    }

    private static string Shorthand(string tag) =>
        tag.StartsWith(StandardTagPrefix, StringComparison.Ordinal) ? "!!" + tag[StandardTagPrefix.Length..] : tag;
}
