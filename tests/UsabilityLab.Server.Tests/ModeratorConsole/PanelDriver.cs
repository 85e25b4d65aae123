using System.Text.Json;
using Microsoft.Playwright;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>
/// Plays the participant at the task panel. The panel is in a CLOSED shadow root, which page scripts and Playwright
/// selectors cannot enter, so the test does what a person with DevTools could: it reads the panel through the
/// DevTools protocol (DOM.getDocument with pierce: true, as the Elements tab does) and clicks its buttons with the real
/// mouse at their on-screen position. No test hook exists in the product; the clicks are trusted input like a
/// person's, which is what proves the recorder ignores them.
/// </summary>
internal sealed class PanelDriver(Func<IPage?> page)
{
    /// <summary>Viewport points the test clicked on the panel (no recorded event may sit there).</summary>
    public List<(double X, double Y)> Clicks { get; } = [];

    public async Task<string> TextAsync() =>
        await CallAsync("function () { const p = this.querySelector('.panel'); return p ? p.innerText : ''; }") ?? "";

    public async Task<string> WaitForTextAsync(string text, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            last = await TextAsync();
            if (last.Contains(text, StringComparison.Ordinal))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"panel never showed \"{text}\"; it shows: {last}");
    }

    /// <summary>The viewport box of the first element matching <paramref name="selector"/> inside the panel, or null.</summary>
    public async Task<(double X, double Y, double Width, double Height)?> BoxAsync(string selector)
    {
        var json = await CallAsync(
            "function (selector) { const e = this.querySelector(selector); if (!e) return null; const r = e.getBoundingClientRect(); return JSON.stringify([r.x, r.y, r.width, r.height]); }",
            selector);
        if (json is null)
        {
            return null;
        }

        var v = JsonSerializer.Deserialize<double[]>(json)!;
        return (v[0], v[1], v[2], v[3]);
    }

    /// <summary>Clicks the panel button labelled <paramref name="label"/> with the mouse.</summary>
    public async Task ClickAsync(string label)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var json = await CallAsync(
                "function (label) { const b = [...this.querySelectorAll('button')].find(b => b.textContent.trim() === label); if (!b) return null; const r = b.getBoundingClientRect(); return JSON.stringify({ x: r.x + r.width / 2, y: r.y + r.height / 2 }); }",
                label);
            if (json is not null)
            {
                using var point = JsonDocument.Parse(json);
                var (x, y) = (point.RootElement.GetProperty("x").GetDouble(), point.RootElement.GetProperty("y").GetDouble());
                Clicks.Add((x, y));
                await page()!.Mouse.ClickAsync((float)x, (float)y);
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no panel button \"{label}\"; the panel shows: {await TextAsync()}");
    }

    private async Task<string?> CallAsync(string function, string? argument = null)
    {
        if (page() is not { } target)
        {
            return null; // between browsers (a resume in progress)
        }

        ICDPSession cdp;
        try
        {
            cdp = await target.Context.NewCDPSessionAsync(target);
        }
        catch (PlaywrightException)
        {
            return null;
        }

        try
        {
            var document = await cdp.SendAsync("DOM.getDocument", new() { ["depth"] = -1, ["pierce"] = true });
            if (FindClosedRoot(document!.Value.GetProperty("root")) is not { } rootId)
            {
                return null;
            }

            var resolved = await cdp.SendAsync("DOM.resolveNode", new() { ["backendNodeId"] = rootId });
            var result = await cdp.SendAsync("Runtime.callFunctionOn", new()
            {
                ["objectId"] = resolved!.Value.GetProperty("object").GetProperty("objectId").GetString()!,
                ["functionDeclaration"] = function,
                ["arguments"] = argument is null ? Array.Empty<object>() : new object[] { new Dictionary<string, object> { ["value"] = argument } },
                ["returnByValue"] = true,
            });
            var value = result!.Value.GetProperty("result");
            return value.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        }
        catch (PlaywrightException)
        {
            return null; // mid-navigation: the caller retries
        }
        finally
        {
            try
            {
                await cdp.DetachAsync();
            }
            catch (PlaywrightException)
            {
                // Detached with its page.
            }
        }
    }

    private static int? FindClosedRoot(JsonElement node)
    {
        if (node.TryGetProperty("nodeName", out var name) && name.GetString() == "USABILITYLAB-PANEL"
            && node.TryGetProperty("shadowRoots", out var roots))
        {
            foreach (var root in roots.EnumerateArray())
            {
                if (root.GetProperty("shadowRootType").GetString() == "closed")
                {
                    return root.GetProperty("backendNodeId").GetInt32();
                }
            }
        }

        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                if (FindClosedRoot(child) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
