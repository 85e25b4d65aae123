// UsabilityLab in-page recorder. Installed with AddInitScriptAsync before the first navigation of every page.
// It records what a usability analyst needs (clicks, navigation, scrolling, focus, input lengths, mutations), buffers
// in the page and flushes in batches through ONE binding registered on the context. Values typed into fields are
// never recorded unless the study opts in per selector; password fields never.
//
// Wire format (decoded by Capture/BatchDecoder.cs; described in docs/recorder-wire-format.md). Every payload is a
// JSON array of batches: {p: page id, s: sequence number of its first event, t: base time (Unix ms), u: url,
// w: viewport width, d?: element definitions [[id, selector, tag, text, interactive 0|1, box x, y, width, height]],
// e: entries}. An entry that is an array is an event [kind code, ms since the previous event (the first: since t),
// …fields of its kind (KIND below)]; an object {u?, w?} changes url or viewport width for the events after it.
// Elements are interned per page: defined once, then referenced by id.
(() => {
  // Pages of the web, and the blank or srcdoc frames in them that scripts fill (an editor's body).
  if (window.__usabilityLab || !(/^https?:$/.test(location.protocol) || (window !== window.top && location.protocol === 'about:'))) return;
  const BINDING = '__labRecord';
  /*@include recorder-builtins.js*/
  // A binding call made while the page unloads is dropped with the page, so what is still buffered at pagehide
  // is carried to the next page of the same tab in sessionStorage and sent from there.
  const CARRY = '__usabilityLabPending';
  const FLUSH_MS = 250, FLUSH_COUNT = 200, SCROLL_MS = 100, MOVE_MS = 50, MOVE_PX = 20, MUTATION_MS = 100;
  const config = Object.assign({ recordValues: [] }, window.__labRecorderConfig || {});
  // Kind codes and the fields after [code, dt]; positioned kinds end with the scroll offset (sx, sy) when it changed.
  const KIND = {
    click: 0, dblclick: 1, contextmenu: 2, // x, y, element, button or 'touch'|'pen'[, sx, sy] (document coordinates)
    move: 3,                               // x, y[, sx, sy]
    scroll: 4,                             // scrollX, scrollY, deepest bottom edge seen
    nav: 5,                                // how (load|push|replace|pop|hash)[, referrer]
    focus: 6, submit: 9,                   // element
    input: 7, change: 8,                   // element, value length[, value when the study opts in[, 'password']]
    key: 10,                               // key[, element]
    resize: 11,                            // width, 'WxH'
    visibility: 12, timing: 16,            // detail
    mutation: 13, selection: 14,           // count
    invalid: 15, state: 17,                // element, message; state: the hash of the view a click lands in
  };
  // Event.timeStamp and performance.now() share the time origin; input events are stamped with the former.
  const origin = performance.timeOrigin;
  const at = (e) => round(origin + e.timeStamp);
  const now = () => round(origin + perfNow());
  let reactions = 0, lastScroll = 0, scrollTimer = 0, maxDepth = 0, pendingMutations = 0, lastMutation = 0, mutationTimer = 0;
  /*@include recorder-frames.js*/
  let url = pageUrl(), width = pageWidth();

  // Elements the lab itself puts on the page (the moderated task panel) are never recorded. The panel is absent in
  // scripted runs: the page is searched for it again only after a mutation added or removed a marked element (or
  // changed the mark), so events need not walk their composed path while there is none.
  const IGNORE = 'data-usabilitylab-ignore', IGNORED = '[' + IGNORE + ']';
  let panelUnknown = true, panel = false;
  // Until the mutation observer watches (from DOMContentLoaded) nothing tells of a panel added since: look each time.
  const panelOnPage = () => {
    if (panelUnknown || !watching()) { panelUnknown = false; panel = document.querySelector(IGNORED) !== null; }
    return panel;
  };
  const marked = (n) => n.nodeType === 1 && (n.hasAttribute(IGNORE) || (n.firstElementChild !== null && n.querySelector(IGNORED) !== null));
  const touchesPanel = (record) => record.type === 'attributes' ? record.attributeName === IGNORE
    : record.type === 'childList' && ([].some.call(record.addedNodes, marked) || [].some.call(record.removedNodes, marked));
  const ignored = (event) => panelOnPage() && event.composedPath().some(n => n && n.nodeType === 1 && n.hasAttribute(IGNORE));

  // ---- Batches. Events are encoded as they are pushed; element references are resolved when the batch is sealed.
  // Batches stay "in flight" until the host acknowledges them: a batch sent just before a navigation can be dropped
  // with the old page, so unacknowledged batches are carried (and re-sent) too; the host drops duplicates by page id
  // and sequence number. A batch defines every element it references that no acknowledged batch has defined, so
  // each batch can be decoded even when an earlier one never arrived.
  const pageId = random().toString(36).slice(2, 10);
  let seq = 0, batch = null, refs = [], last = null, inflight = [], carried = [];
  const push = (event, t, sx, sy) => {
    seq++;
    if (child) { url = pageUrl(); width = pageWidth(); } // the top page's, which may have moved on (an SPA route)
    if (!batch) {
      batch = { p: pageId, s: seq, t, u: url, w: width, d: undefined, e: [] };
      last = { t, u: url, w: width, sx: 0, sy: 0 };
    } else if (url !== last.u || width !== last.w) {
      const state = {};
      if (url !== last.u) state.u = last.u = url;
      if (width !== last.w) state.w = last.w = width;
      batch.e.push(state);
    }
    event[1] = t - last.t;
    last.t = t;
    if (sx !== undefined && (sx !== last.sx || sy !== last.sy)) { event.push(sx, sy); last.sx = sx; last.sy = sy; }
    batch.e.push(event);
    if (batch.e.length >= FLUSH_COUNT) scheduleFlush();
  };
  // An element slot: filled with the element's id when the batch is sealed (see resolve).
  const slot = (event, index, pending) => { refs.push(event, index, pending); return event; };
  // Boxes measured when a click happened, for the seal to use: where the element was when the person clicked it, not
  // where the page's answer moved it by the seal (an expanded panel, a button that halves).
  let clickBoxes = new Map();

  const ids = new Map(), definitions = [], known = new Set();
  // A description seen again with the same box array (boxOf keeps it while unchanged) keeps its id without a key.
  const intern = (d, box) => {
    if (d.id >= 0 && d.box === box) return d.id;
    const def = [child ? framePath() + d.sel : d.sel, d.tag, d.txt, d.int ? 1 : 0];
    if (box) def.push(box[0], box[1], box[2], box[3]);
    const key = def.join('\u0001');
    let id = ids.get(key);
    if (id === undefined) { id = definitions.length; ids.set(key, id); definitions.push(def); }
    d.id = id; d.box = box;
    return id;
  };
  const seal = () => {
    if (!batch) return null;
    const sealed = batch, pending = refs, used = new Set(), boxes = clickBoxes;
    batch = null; refs = []; clickBoxes = new Map();
    // Reading the scroll offset lays the page out when it is dirty (hover styles after a mouse move): only for boxes.
    // In a child frame the frame's place on the page is added, so boxes are the top document's like positions.
    const o = pending.length ? frameOrigin() || [0, 0] : [0, 0], sx = o[0], sy = o[1];
    for (let i = 0; i < pending.length; i += 3) {
      const d = resolve(pending[i + 2]);
      let box = boxes.get(d.el);
      if (box === undefined) boxes.set(d.el, box = boxOf(d.el, sx, sy));
      const id = intern(d, box);
      pending[i][pending[i + 1]] = id;
      if (!known.has(id)) used.add(id);
    }
    if (used.size) sealed.d = [...used].map(id => [id].concat(definitions[id]));
    return { json: encode([sealed]), defines: used };
  };
  const acknowledged = (sent) => { for (const id of sent.defines) known.add(id); };
  const send = (sent) => {
    inflight.push(sent);
    try {
      resolved(callBinding(binding(), sent.json)).then(() => { inflight = inflight.filter(b => b !== sent); acknowledged(sent); }, () => { });
    } catch (_) { }
  };
  // Payloads are JSON arrays of batches; several join into one by their contents.
  const join = (payloads) => '[' + payloads.map(p => p.slice(1, -1)).filter(Boolean).join(',') + ']';
  // Everything not yet acknowledged, oldest first, handed over as delivered (drain, pagehide).
  const unsent = () => {
    const sealed = seal(), all = carried.concat(inflight, sealed ? [sealed] : []);
    carried = []; inflight = [];
    all.forEach(acknowledged);
    return join(all.map(b => b.json));
  };
  let flushAsked = 0;
  const flush = () => {
    flushAsked = 0;
    if (!binding()) return;
    carried.splice(0).forEach(send);
    const sealed = seal();
    if (sealed) send(sealed);
  };
  // Sealing measures element boxes and cursors, so it runs after the next frame's layout, when the page's own click
  // handlers have run and layout is clean: in a ResizeObserver callback, which the browser delivers right after
  // layout (a newly observed root element is always reported once). A task after the frame, as before, found layout
  // dirty again whenever input had arrived in between (hover and focus styles) and forced style and layout inside our
  // script. Hidden pages get no frames: they flush in a plain task.
  let laidOut = null;
  const afterLayout = () => { laidOut.disconnect(); if (flushAsked) flush(); };
  const scheduleFlush = () => {
    if (flushAsked) return;
    flushAsked = now();
    const root = document.documentElement;
    if (document.visibilityState !== 'visible') later(flush, 0);
    else if (root && typeof ResizeObserver === 'function') (laidOut || (laidOut = new ResizeObserver(afterLayout))).observe(root);
    else nextFrame(() => later(flush, 0));
  };
  every(() => {
    if (flushAsked && now() - flushAsked > 4 * FLUSH_MS) flush(); // a frame that never came
    else if (batch || carried.length) scheduleFlush();
  }, FLUSH_MS);

  /*@include recorder-elements.js*/ /*@include recorder-boxes.js*/ /*@include recorder-states.js*/
  // ---- Listeners. Nothing below reads geometry or computed style synchronously, except a first click's box.
  // What pressed: the click that follows a pointerdown is that pointer's ('mouse', 'touch', 'pen'). A tap's click is
  // stored with the pointer type in place of the button (always the primary contact), so mouse clicks cost nothing more.
  let pointer = 'mouse';
  addEventListener('pointerdown', (e) => { if (e.isTrusted) pointer = e.pointerType || 'mouse'; }, { capture: true, passive: true });
  const onClick = (code) => (e) => {
    // detail 0: a click synthesised by a key press (Enter on a form) — the key is recorded, it has no position.
    const target = targetOf(e, e.clientX, e.clientY);
    if (!e.isTrusted || e.detail === 0 || !(target instanceof Element) || ignored(e)) return;
    if (forwardedByLabel(target, e.timeStamp)) return;
    const at0 = place(e);
    const x = at0 ? at0[0] : null, y = at0 ? at0[1] : null, sx = at0 ? at0[2] : undefined, sy = at0 ? at0[3] : undefined;
    // No settle(): the browser dispatches a trusted click with detail > 0 (not a key's) from its own task, never from
    // inside page script, and the microtask checkpoint after each listener has delivered every earlier mutation.
    const entry = cached(target);
    // A click measures its element now, before the page's own handler can move, hide or remove it (the promo's close
    // button, a panel that opens above it). The browser has just laid the page out to find the target, so this
    // measurement rarely costs a layout of its own.
    if (at0) clickBoxes.set(entry.d.el, boxAt(entry.d.el, x, y, child ? at0[0] - e.clientX : sx, child ? at0[1] - e.clientY : sy));
    noteState(at(e)); // the view first, then the click
    push(slot([code, 0, x, y, 0, pointer === 'touch' || pointer === 'pen' ? pointer : e.button], 4, entry), at(e), sx, sy);
  };
  addEventListener('click', onClick(KIND.click), true);
  addEventListener('dblclick', onClick(KIND.dblclick), true);
  addEventListener('contextmenu', onClick(KIND.contextmenu), true);

  let moved = false, moveT = 0, moveX = 0, moveY = 0;
  // The busiest listener: each event property is read once (every read is a call into the browser). A move is kept
  // when it is both far enough and late enough; the time is tested first, as at 60 Hz or more it rejects most moves
  // with one read where the distance needs two.
  addEventListener('mousemove', (e) => {
    const t = e.timeStamp;
    if (moved && t - moveT < MOVE_MS) return;
    const x = e.pageX, y = e.pageY, dx = x - moveX, dy = y - moveY;
    if (moved && dx * dx + dy * dy < MOVE_PX * MOVE_PX) return;
    if (ignored(e)) return;
    moved = true; moveT = t; moveX = x; moveY = y;
    if (child) { const p = place(e); if (p) push([KIND.move, 0, p[0], p[1]], round(origin + t), p[2], p[3]); return; }
    push([KIND.move, 0, round(x), round(y)], round(origin + t), round(x - e.clientX), round(y - e.clientY));
  }, { capture: true, passive: true });

  const recordScroll = () => {
    lastScroll = now();
    maxDepth = max(maxDepth, scrollY + innerHeight);
    push([KIND.scroll, 0, round(scrollX), round(scrollY), round(maxDepth)], lastScroll);
  };
  addEventListener('scroll', (e) => {
    if (child || (e.target !== document && ignored(e))) return; // the top page's scroll is the one a heatmap knows
    if (now() - lastScroll >= SCROLL_MS) { recordScroll(); return; }
    cancel(scrollTimer);
    scrollTimer = later(recordScroll, SCROLL_MS);
  }, { capture: true, passive: true });

  // Focus moving is a reaction a person sees (a caret, a focus ring) even when no DOM node changes.
  addEventListener('focusin', (e) => { const el = targetOf(e); if (el instanceof Element && !ignored(e)) { reactions++; pushElement([KIND.focus, 0, 0], 2, el, at(e)); } }, true);

  /*@include recorder-fields.js*/
  if (!child) addEventListener('resize', (e) => { width = innerWidth; viewReset(); push([KIND.resize, 0, innerWidth, innerWidth + 'x' + innerHeight], at(e)); });
  if (!child) document.addEventListener('visibilitychange', (e) => { push([KIND.visibility, 0, document.visibilityState], at(e)); flush(); }, true);
  document.addEventListener('selectionchange', (e) => {
    const s = document.getSelection();
    if (s && !s.isCollapsed) push([KIND.selection, 0, String(s).length], at(e));
  });

  /*@include recorder-mutations.js*/

  // Navigation: full loads now, SPA history and hash changes as they happen.
  // One event per navigation: a hash change fires popstate and then hashchange (both with the new URL), and a
  // replaceState that keeps the URL is no navigation at all. A popstate that only moved the hash is a hash change.
  const hashOnly = (from, to) => from.split('#')[0] === to.split('#')[0];
  const navigated = (how, t) => {
    const href = location.href;
    if (href === url) return;
    if (how === 'pop' && hashOnly(url, href)) how = 'hash';
    url = href; stateSent = ''; // a new route's first click says its view, even when it looks like the last route's
    push([KIND.nav, 0, how], t);
  };
  if (!child) {
    push([KIND.nav, 0, 'load'].concat(document.referrer ? [document.referrer.slice(0, 200)] : []), now());
    for (const method of ['pushState', 'replaceState']) {
      const original = history[method];
      history[method] = function (...args) { const result = original.apply(this, args); navigated(method === 'pushState' ? 'push' : 'replace', now()); return result; };
    }
    addEventListener('popstate', (e) => navigated('pop', at(e)));
    addEventListener('hashchange', (e) => navigated('hash', at(e)));
  }

  /*@include recorder-timing.js*/
  addEventListener('pagehide', () => {
    sendTiming(); endTyping();
    try {
      storage.setItem(CARRY, join([storage.getItem(CARRY) || '[]', unsent()]));
    } catch (_) { flush(); }
  }, true);
  try {
    const stored = storage.getItem(CARRY);
    storage.removeItem(CARRY);
    if (stored && stored !== '[]') carried.push({ json: stored, defines: [] });
  } catch (_) { }

  // Forms that come back with server-side errors show them on load: count each invalid field once.
  addEventListener('DOMContentLoaded', () => {
    for (const el of document.querySelectorAll('[aria-invalid="true"]')) pushElement([KIND.invalid, 0, 0, 'aria-invalid'], 2, el, now());
  });

  window.__usabilityLab = {
    // The runner drains the buffer before it closes a page or ends a task, so normal closes lose nothing.
    drain: () => { if (!timingSent && document.readyState === 'complete') sendTiming(); endTyping(); return unsent(); },
    // Used by simulated participants to tell whether their click changed anything a person sees: the DOM, or focus.
    reactions: () => reactions,
    // The count noted at the last trusted pointerdown or keydown, handed out once (null: none since).
    takeActionMark: () => { const mark = actionMark; actionMark = null; return mark; },
    state: () => child ? null : uiState(), // the view's structural hash, for the runner to keep a picture of each view
  };
})();
