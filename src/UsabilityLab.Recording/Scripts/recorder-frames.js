// Part of recorder.js, inlined at its include marker (one closure in the page): where a frame's events land on the page
// a person sees. The recorder runs in every frame; in a child frame (an editor's iframe body, an embedded widget) it
// records in the top page's terms: the top page's URL and width, positions in the top document's coordinates (the
// frame's own offset added), and elements named through their frame (FRAME >> internal:control=enter-frame >> ELEMENT,
// as Playwright writes it). A frame below one of another origin cannot learn where it sits: its events keep no position
// (they are counted, not drawn). Navigation, timing, scrolling and size are the top page's to record.
  const child = window !== window.top;
  const parentOf = (w) => { try { return w.frameElement; } catch (_) { return null; } };
  // The frame's content box in the top document's coordinates (the top page's scroll included); in the top page its
  // own scroll offset, which turns viewport positions into document ones. null: a frame of another origin on the way.
  const frameOrigin = () => {
    if (!child) return [scrollX, scrollY];
    let x = 0, y = 0;
    for (let w = window; w !== w.top; w = w.parent) {
      const frame = parentOf(w);
      if (!frame) return null;
      const r = frame.getBoundingClientRect(), s = w.parent.getComputedStyle(frame);
      x += r.left + frame.clientLeft + parseFloat(s.paddingLeft);
      y += r.top + frame.clientTop + parseFloat(s.paddingTop);
    }
    return [x + window.top.scrollX, y + window.top.scrollY];
  };
  // Where a mouse event happened as [x, y, scrollX, scrollY] of the top document; null when it cannot be placed. In the
  // top page the event carries its document position (pageX, set when it was dispatched): reading the scroll offset
  // instead would force the style and layout that mousedown's :active and focus changes left dirty.
  const place = (e) => {
    if (!child) { const x = e.pageX, y = e.pageY; return [round(x), round(y), round(x - e.clientX), round(y - e.clientY)]; }
    const o = frameOrigin();
    return o ? [round(e.clientX + o[0]), round(e.clientY + o[1]), round(window.top.scrollX), round(window.top.scrollY)] : null;
  };
  const pageUrl = () => { try { return child ? window.top.location.href : location.href; } catch (_) { return location.href; } };
  const pageWidth = () => { try { return child ? window.top.innerWidth : innerWidth; } catch (_) { return innerWidth; } };
  // How this frame is reached from the top page: each frame element's selector and Playwright's frame step.
  let framePrefix = null;
  const framePath = () => {
    if (framePrefix !== null) return framePrefix;
    let path = '';
    for (let w = window; w !== w.top; w = w.parent) {
      const frame = parentOf(w);
      path = (frame ? selectorOf(frame, '') : 'iframe') + ' >> internal:control=enter-frame >> ' + path;
    }
    return framePrefix = path;
  };
