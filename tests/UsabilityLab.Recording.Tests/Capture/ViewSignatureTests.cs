using Microsoft.Playwright;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Capture;

/// <summary>
/// The recorder's view signature (recorder-states.js) is kept up to date from the mutation records instead of walking
/// the page at every click. Whatever the page does — elements added, removed and moved, classes that hide a subtree
/// (<c>.closed .inner</c>), show a next sibling (<c>.open + .menu</c>) or make a box-less wrapper — the signature must
/// be the one a walk of the same DOM from scratch gives: the same view gets the same picture in every session.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ViewSignatureTests(BrowserFixture fixture)
{
    private const string Styles = "<style>.hidden{display:none}.menu{display:none}.open+.menu{display:block}.closed .inner{display:none}.contents{display:contents}</style>";

    // A few random changes per round, from a seeded generator so that a failure replays.
    private const string Change = """
        (seed) => {
          let s = seed;
          const next = (n) => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s % n; };
          const all = () => [...document.querySelectorAll('#root, #root *')];
          const tags = ['div', 'span', 'p', 'ul', 'li', 'section', 'button'];
          for (let k = 0, n = 1 + next(4); k < n; k++) {
            const els = all(), el = els[next(els.length)];
            switch (next(7)) {
              case 0: case 1: {
                const e = document.createElement(tags[next(tags.length)]);
                if (next(3) === 0) e.className = ['menu', 'inner', 'contents'][next(3)];
                if (next(2)) e.append(document.createElement(tags[next(tags.length)]));
                el.append(e);
                break;
              }
              case 2: if (el.id !== 'root') el.remove(); break;
              case 3: el.classList.toggle('hidden'); break;
              case 4: el.classList.toggle('open'); break;
              case 5: el.classList.toggle('closed'); break;
              case 6: { const to = els[next(els.length)]; if (el.id !== 'root' && !el.contains(to)) to.append(el); break; }
            }
          }
        }
        """;

    private const string Tree = """
        () => { const tree = (el) => [el.tagName, el.className, el.id, [...el.children].map(tree)]; return JSON.stringify(tree(document.getElementById('root'))); }
        """;

    [Fact]
    public async Task State_AfterRandomChanges_EqualsTheSignatureOfTheSameDomLoadedAfresh()
    {
        var fresh = "";
        await using var context = await fixture.Browser.NewContextAsync();
        await new SessionRecorder(new MemoryJournal(), sessionId: 1, new ParticipantClock(), CapturePolicy.Default).AttachAsync(context);
        await context.RouteAsync("http://views.test/**", route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = route.Request.Url.EndsWith("/fresh", StringComparison.Ordinal) ? fresh : $"<!doctype html><html><head>{Styles}</head><body><div id=root></div></body></html>",
        }));
        var live = await context.NewPageAsync();
        await live.GotoAsync("http://views.test/live");
        var rebuilt = await context.NewPageAsync();
        var differences = new List<int>();
        var largest = 0;

        for (var round = 0; round < 150; round++)
        {
            await live.EvaluateAsync(Change, (round * 7919) + 3);
            var kept = await StateAsync(live);
            largest = Math.Max(largest, await live.EvaluateAsync<int>("() => document.querySelectorAll('#root *').length"));
            fresh = $"<!doctype html><html><head>{Styles}</head><body><script>const build = ([tag, cls, id, kids]) => {{ const e = document.createElement(tag); if (cls) e.className = cls; if (id) e.id = id; for (const k of kids) e.append(build(k)); return e; }}; document.body.append(build({await live.EvaluateAsync<string>(Tree)}));</script></body></html>";
            await rebuilt.GotoAsync("http://views.test/fresh");
            if (kept != await StateAsync(rebuilt))
            {
                differences.Add(round);
            }
        }

        Assert.Empty(differences);
        Assert.True(largest > 20, $"the changes never made a page of more than {largest} elements");
    }

    private static Task<string> StateAsync(IPage page) => page.EvaluateAsync<string>("() => window.__usabilityLab.state()");
}
