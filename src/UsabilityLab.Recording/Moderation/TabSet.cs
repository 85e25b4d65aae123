using Microsoft.Playwright;
using UsabilityLab.Recording.Moderation.Remote;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// The pages of a participant's browser as tabs: numbered in the order they opened, with their titles, and the one the
/// participant looks at. A new page (a popup, a link with <c>target=_blank</c>) is looked at as it opens, as a browser
/// brings it to the front; when the page looked at closes, the most recent one still open is; a remote participant
/// switches with <see cref="Show"/>.
/// </summary>
internal sealed class TabSet
{
    private readonly Lock _gate = new();
    private readonly List<Tab> _tabs = [];
    private Tab? _active;
    private int _lastId;

    /// <summary>The page looked at, or null when none is open.</summary>
    public IPage? Active
    {
        get
        {
            lock (_gate)
            {
                return Looked();
            }
        }
    }

    /// <summary>The open pages, oldest first.</summary>
    public IReadOnlyList<IPage> Pages
    {
        get { lock (_gate) { return _tabs.Where(t => !t.Page.IsClosed).Select(t => t.Page).ToList(); } }
    }

    /// <summary>Adds <paramref name="page"/> as the tab looked at; false when it is known already.</summary>
    public bool Add(IPage page)
    {
        lock (_gate)
        {
            if (_tabs.Any(t => ReferenceEquals(t.Page, page)))
            {
                return false;
            }

            _active = new Tab(++_lastId, page);
            _tabs.Add(_active);
            return true;
        }
    }

    /// <summary>Forgets a closed page; returns the page looked at now (null when none is left).</summary>
    public IPage? Remove(IPage page)
    {
        lock (_gate)
        {
            _tabs.RemoveAll(t => ReferenceEquals(t.Page, page));
            if (_active is { } active && ReferenceEquals(active.Page, page))
            {
                _active = _tabs.LastOrDefault(t => !t.Page.IsClosed);
            }
        }

        return Active;
    }

    /// <summary>The open page of tab <paramref name="id"/>, or null.</summary>
    public IPage? Find(int id)
    {
        lock (_gate)
        {
            return _tabs.FirstOrDefault(t => t.Id == id && !t.Page.IsClosed)?.Page;
        }
    }

    /// <summary>Makes tab <paramref name="id"/> the one looked at; returns its page, or null when there is no such open tab.</summary>
    public IPage? Show(int id)
    {
        lock (_gate)
        {
            if (_tabs.FirstOrDefault(t => t.Id == id && !t.Page.IsClosed) is not { } tab)
            {
                return null;
            }

            _active = tab;
            return tab.Page;
        }
    }

    /// <summary>Whether tab <paramref name="id"/> is the first (the study's own tab, never closed from the participant page).</summary>
    public static bool IsFirst(int id) => id == 1;

    /// <summary>Notes the title <paramref name="page"/> has now.</summary>
    public void SetTitle(IPage page, string title)
    {
        lock (_gate)
        {
            if (_tabs.FirstOrDefault(t => ReferenceEquals(t.Page, page)) is { } tab)
            {
                tab.Title = title;
            }
        }
    }

    /// <summary>The open tabs as the participant page lists them.</summary>
    public IReadOnlyList<BrowserTab> Describe()
    {
        lock (_gate)
        {
            var active = Looked();
            return _tabs.Where(t => !t.Page.IsClosed)
                .Select(t => new BrowserTab(t.Id, string.IsNullOrWhiteSpace(t.Title) ? Address(t.Page) : t.Title, ReferenceEquals(t.Page, active), !IsFirst(t.Id)))
                .ToList();
        }
    }

    private IPage? Looked() => _active is { Page.IsClosed: false } active ? active.Page : _tabs.LastOrDefault(t => !t.Page.IsClosed)?.Page;

    private static string Address(IPage page)
    {
        var url = page.Url;
        return url is "" or "about:blank" ? "New tab" : url;
    }

    private sealed class Tab(int id, IPage page)
    {
        public int Id { get; } = id;

        public IPage Page { get; } = page;

        public string Title { get; set; } = "";
    }
}
