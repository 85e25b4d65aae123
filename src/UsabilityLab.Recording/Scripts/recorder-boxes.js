// Part of recorder.js, inlined at its include marker (one closure in the page): element boxes, in the top document's
// coordinates, measured when a batch is sealed (after layout) or, for a clicked element, at the click. Uses the
// freshness stamp of recorder-elements.js and the built-ins of recorder-builtins.js.
  // An element the page hid or removed since has no box any more: it keeps the one it was last seen with.
  const lastBoxes = new WeakMap();
  // sx, sy: the scroll offset that turns the viewport box into document coordinates.
  const boxOf = (el, sx, sy) => {
    const last = lastBoxes.get(el);
    if (!el.isConnected) return last || null;
    const r = el.getBoundingClientRect();
    if (!r.width && !r.height && last) return last;
    // The root's box ends with its content, yet a click below that lands on it too: its canvas fills the viewport.
    const root = el === document.documentElement;
    const x = round(r.left + sx), y = round(r.top + sy), w = round(root ? max(r.width, el.scrollWidth) : r.width), h = round(root ? max(r.height, el.scrollHeight) : r.height);
    // An unchanged box is the same array, so its element's interning can be reused (see intern).
    const box = last && last[0] === x && last[1] === y && last[2] === w && last[3] === h ? last : [x, y, w, h];
    lastBoxes.set(el, box);
    box.at = stamp; box.sx = sx; box.sy = sy; // when and at which scroll offset it was measured (see boxAt)
    return box;
  };
  // At a click: the box measured last when nothing in the DOM changed since, the page has not scrolled and the click
  // lies in it (a late image could have moved it) — no layout forced inside the click; otherwise measured now.
  const boxAt = (el, x, y, sx, sy) => {
    const last = lastBoxes.get(el);
    const known = last && last.at === stamp && last.sx === sx && last.sy === sy;
    return known && x >= last[0] && y >= last[1] && x <= last[0] + last[2] && y <= last[1] + last[3] ? last : boxOf(el, sx, sy);
  };
