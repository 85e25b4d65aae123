namespace UsabilityLab.Recording.Capture;

/// <summary>
/// Which events of each page have arrived. recorder.js numbers a page's events 1, 2, 3, … and re-sends batches it never
/// saw acknowledged, so an event seen twice is a copy, and a number that never arrives (a batch the page mangled, a tab
/// closed with events still buffered) is an event lost — counted, so that a loss is reported instead of silent.
/// </summary>
internal sealed class SequenceLedger
{
    private readonly Dictionary<string, (HashSet<int> Seen, int Highest)> _pages = new(StringComparer.Ordinal);
    private int _reportedLost;

    /// <summary>Notes an event; false when it arrived before (a re-sent copy).</summary>
    public bool Arrived(string page, int sequence)
    {
        if (!_pages.TryGetValue(page, out var entry))
        {
            entry = ([], 0);
        }

        if (!entry.Seen.Add(sequence))
        {
            return false;
        }

        _pages[page] = (entry.Seen, Math.Max(entry.Highest, sequence));
        return true;
    }

    /// <summary>Events numbered below the highest seen on their page that have not arrived.</summary>
    public int Lost => _pages.Values.Sum(p => p.Highest - p.Seen.Count);

    /// <summary>How many more are lost than when this was last asked (a late copy can only make it smaller).</summary>
    public int TakeNewlyLost()
    {
        var lost = Lost;
        var added = Math.Max(0, lost - _reportedLost);
        _reportedLost = Math.Max(_reportedLost, lost);
        return added;
    }
}
