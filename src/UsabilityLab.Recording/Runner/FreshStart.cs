using Microsoft.Playwright;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Each task starts on a freshly loaded start page, unless it says <c>continue: true</c>. A plain goto is no load when
/// the start differs from the page's address only by the fragment (<c>/#/settings</c> on <c>/#/help</c>, or the same
/// <c>/#/</c> again): the browser then only moves to the fragment, and the previous task's page, its open dialog
/// and typed text, stays. Such a page is first left for <c>about:blank</c> (which the recorder ignores), so that the
/// goto that follows loads a new document. Cookies and storage are the participant's and stay; resetting what the
/// server holds is what setup hooks are for.
/// </summary>
internal static class FreshStart
{
    /// <summary>Whether <paramref name="task"/> goes on from the page as it stands, rather than from a load of its start.</summary>
    public static bool Continues(StudyTask task, IPage page) => task.Continue && !IsBlank(page.Url);

    /// <summary>Whether a goto from <paramref name="current"/> to <paramref name="start"/> would only move to a fragment.</summary>
    public static bool WouldStaySameDocument(string current, string start) =>
        start.Contains('#', StringComparison.Ordinal)
        && Uri.TryCreate(current, UriKind.Absolute, out var from)
        && Uri.TryCreate(start, UriKind.Absolute, out var to)
        && Uri.Compare(from, to, UriComponents.HttpRequestUrl | UriComponents.UserInfo, UriFormat.UriEscaped, StringComparison.Ordinal) == 0;

    /// <summary>Leaves the current document when a goto to <paramref name="start"/> would keep it.</summary>
    public static async Task LeaveSameDocumentAsync(IPage page, string start, int timeoutMs)
    {
        if (WouldStaySameDocument(page.Url, start))
        {
            await page.GotoAsync("about:blank", new() { WaitUntil = WaitUntilState.Commit, Timeout = timeoutMs });
        }
    }

    private static bool IsBlank(string url) => url.Length == 0 || url.StartsWith("about:", StringComparison.Ordinal);
}
