using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Whether a click at a point of the viewport lands on what the participant meant: the target, or the element a person
/// clicks it through (its nearest clickable ancestor: the button around a label's text). The point is the viewport's,
/// the target may sit in an iframe (its own coordinates) and in open shadow roots (where the document's hit test stops
/// at the host): both are followed, as the browser does when it delivers the click.
/// </summary>
internal static class HitTest
{
    // p: the point in the top viewport. Same-origin frames are walked up in the page; null when a frame on the way is
    // another origin's (its frameElement cannot be read), and the caller gives the frame's origin instead (o).
    private const string Script = """
        (el, { p, o }) => {
          let x = p.x, y = p.y;
          if (o) { x -= o.x; y -= o.y; }
          else for (let w = window; w !== w.top; w = w.parent) {
            const frame = w.frameElement;
            if (!frame) return null;
            const r = frame.getBoundingClientRect(), s = w.parent.getComputedStyle(frame);
            x -= r.left + frame.clientLeft + parseFloat(s.paddingLeft);
            y -= r.top + frame.clientTop + parseFloat(s.paddingTop);
          }
          let hit = document.elementFromPoint(x, y);
          while (hit && hit.shadowRoot) { const inner = hit.shadowRoot.elementFromPoint(x, y); if (!inner || inner === hit) break; hit = inner; }
          const up = (n) => n.assignedSlot || n.parentNode || n.host || null; // the composed tree: through slots and shadow roots
          const CLICKABLE = 'a[href],button,input,select,textarea,label,summary,[role=button],[role=link],[role=tab],[role=menuitem],[role=option],[role=checkbox],[role=radio],[role=switch],[onclick]';
          let meant = null;
          for (let n = el, depth = 0; n && !meant && depth < 6; n = up(n), depth++) if (n.nodeType === 1 && n.matches(CLICKABLE)) meant = n;
          for (let n = hit; n; n = up(n)) if (n === el || n === meant) return true;
          // Slotted text belongs to the shadow host in the light DOM, so the hit test names the host (a component)
          // where the target is its inner button: on the target's own box, that is the target. Only for a host: a
          // point in a heading's line beside its link's text is the heading's, and the browser clicks the heading.
          if (!hit || !hit.shadowRoot) return false;
          for (let n = el; n; n = up(n)) {
            if (n !== hit) continue;
            const r = el.getBoundingClientRect();
            return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
          }
          return false;
        }
        """;

    /// <summary>True when a click at (<paramref name="x"/>, <paramref name="y"/>) of the viewport reaches <paramref name="target"/>.</summary>
    public static async Task<bool> LandsOnAsync(ILocator target, double x, double y)
    {
        var point = new { x, y };
        if (await target.EvaluateAsync<bool?>(Script, new { p = point, o = (object?)null }) is { } lands)
        {
            return lands;
        }

        // A frame of another origin on the way: Playwright knows where it sits.
        await using var handle = await target.ElementHandleAsync();
        var frame = await handle.OwnerFrameAsync();
        await using var frameElement = frame is null ? null : await frame.FrameElementAsync();
        var box = frameElement is null ? null : await frameElement.BoundingBoxAsync();
        var inset = frameElement is null ? null : await frameElement.EvaluateAsync<double[]>(
            "el => { const s = getComputedStyle(el); return [el.clientLeft + parseFloat(s.paddingLeft), el.clientTop + parseFloat(s.paddingTop)]; }");
        var origin = box is null || inset is null ? new { x = 0.0, y = 0.0 } : new { x = box.X + inset[0], y = box.Y + inset[1] };
        return await target.EvaluateAsync<bool?>(Script, new { p = point, o = (object?)origin }) ?? false;
    }
}
