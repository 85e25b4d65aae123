// UsabilityLab in-page recorder. Installed with AddInitScriptAsync before the first navigation of every page.
// It records what a usability analyst needs (clicks, navigation, scrolling, focus, input lengths, mutations), buffers
// in the page and flushes in batches through ONE binding registered on the context. Values typed into fields are
// never recorded unless the study opts in per selector; password fields never.
(() => {
  if (window.__usabilityLab || !/^https?:$/.test(location.protocol)) return;
  const BINDING = '__labRecord';
  // A binding call made while the page unloads is dropped with the page, so what is still buffered at pagehide
  // is carried to the next page of the same tab in sessionStorage and sent from there.
  const CARRY = '__usabilityLabPending';
  const FLUSH_MS = 250, FLUSH_COUNT = 200, SCROLL_MS = 100, MOVE_MS = 50, MOVE_PX = 20, MUTATION_MS = 100;
  const config = Object.assign({ recordValues: [] }, window.__labRecorderConfig || {});
  const now = () => performance.timeOrigin + performance.now();
  const buffer = [];
  let totalMutations = 0, lastMove = null, lastScroll = 0, scrollTimer = 0, maxDepth = 0, pendingMutations = 0, lastMutation = 0, mutationTimer = 0;

  // Batches stay "in flight" until the host acknowledges them: a batch sent just before a navigation can be dropped
  // with the old page, so unacknowledged batches are carried (and re-sent) too; the host drops duplicates by id.
  const pageId = Math.random().toString(36).slice(2, 10);
  let seq = 0, inflight = [];
  const flush = () => {
    if (!buffer.length || typeof window[BINDING] !== 'function') return;
    const batch = buffer.splice(0, buffer.length);
    inflight.push(batch);
    try {
      Promise.resolve(window[BINDING](JSON.stringify(batch))).then(() => { inflight = inflight.filter(b => b !== batch); }, () => { });
    } catch (_) { }
  };
  const unsent = () => { const all = [].concat(...inflight, buffer.splice(0, buffer.length)); inflight = []; return all; };
  const push = (event) => {
    event.p = pageId;
    event.s = ++seq;
    event.t = now();
    event.u = location.href;
    event.w = innerWidth;
    buffer.push(event);
    if (buffer.length >= FLUSH_COUNT) flush();
  };

  // Elements the lab itself puts on the page (the moderated task panel) are never recorded.
  const ignored = (event) => event.composedPath().some(n => n && n.nodeType === 1 && n.hasAttribute('data-usabilitylab-ignore'));

  const INTERACTIVE_TAGS = new Set(['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'LABEL', 'SUMMARY', 'OPTION']);
  const INTERACTIVE_ROLES = new Set(['button', 'link', 'checkbox', 'menuitem', 'tab', 'switch', 'option', 'radio', 'textbox', 'combobox', 'slider']);
  const isInteractive = (el) => {
    if (INTERACTIVE_TAGS.has(el.tagName) && !(el.tagName === 'A' && !el.hasAttribute('href'))) return true;
    if (INTERACTIVE_ROLES.has(el.getAttribute('role'))) return true;
    if (el.hasAttribute('onclick') || el.isContentEditable) return true;
    const tabindex = el.getAttribute('tabindex');
    if (tabindex !== null && Number(tabindex) >= 0) return true;
    return getComputedStyle(el).cursor === 'pointer';
  };
  // The element a person meant: the nearest interactive ancestor within a few levels, else the target itself.
  const meant = (target) => {
    for (let el = target, depth = 0; el && el.nodeType === 1 && depth < 6; el = el.parentElement, depth++) {
      if (isInteractive(el)) return { el, interactive: true };
    }
    return { el: target, interactive: false };
  };

  const text = (el) => ((el.innerText || el.value || el.getAttribute('aria-label') || el.getAttribute('alt') || '') + '').replace(/\s+/g, ' ').trim().slice(0, 60);
  const roleOf = (el) => el.getAttribute('role') || ({ A: 'link', BUTTON: 'button', SELECT: 'combobox', TEXTAREA: 'textbox' })[el.tagName] ||
    (el.tagName === 'INPUT' ? (({ checkbox: 'checkbox', radio: 'radio', submit: 'button', button: 'button' })[el.type] || 'textbox') : null);
  const quote = (s) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
  const cssPath = (el) => {
    const parts = [];
    for (let node = el, depth = 0; node && node.nodeType === 1 && node !== document.body && depth < 3; node = node.parentElement, depth++) {
      const cls = [...node.classList].filter(c => /^[A-Za-z][\w-]*$/.test(c))[0];
      parts.unshift(node.tagName.toLowerCase() + (cls ? '.' + cls : ''));
      if (node.id) { parts[0] = '#' + CSS.escape(node.id); break; }
    }
    return parts.join(' > ');
  };
  // Stable selector: id, data-testid, role + accessible name, else a short CSS path.
  const selectorOf = (el) => {
    if (el.id) return '#' + CSS.escape(el.id);
    const testId = el.getAttribute('data-testid');
    if (testId) return '[data-testid=' + quote(testId) + ']';
    const role = roleOf(el), name = (el.getAttribute('aria-label') || el.innerText || '').replace(/\s+/g, ' ').trim();
    if (role && name && name.length <= 40) return 'role=' + role + '[name=' + quote(name) + ']';
    return cssPath(el);
  };
  // For a non-interactive target, a nearby ancestor with an id names the element better than an inner <path>.
  const named = (el) => {
    for (let node = el, depth = 0; node && node.nodeType === 1 && depth < 4; node = node.parentElement, depth++) {
      if (node.id || node.hasAttribute('data-testid')) return node;
    }
    return el;
  };
  // A leaf with its own text and a class (the promo's "×") keeps its identity under its named ancestor;
  // anything else non-interactive is named by the ancestor (an svg shape inside #product-photo is the photo).
  const ownText = (el) => [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  const leafClass = (el) => [...el.classList].find(c => /^[A-Za-z][\w-]*$/.test(c));
  const describe = (target) => {
    const found = meant(target), interactive = found.interactive;
    let el = found.el, sel;
    if (interactive) {
      sel = selectorOf(el);
    } else {
      const anchor = named(el), cls = leafClass(el);
      if (anchor !== el && cls && ownText(el)) sel = selectorOf(anchor) + ' .' + cls;
      else { el = anchor; sel = selectorOf(anchor); }
    }
    const r = el.getBoundingClientRect();
    return { sel, tag: el.tagName.toLowerCase(), txt: text(el), int: interactive,
             bx: r.left + scrollX, by: r.top + scrollY, bw: r.width, bh: r.height };
  };

  const onClick = (kind) => (e) => {
    // detail 0: a click synthesised by a key press (Enter on a form) — the key is recorded, it has no position.
    if (!e.isTrusted || e.detail === 0 || ignored(e) || !(e.target instanceof Element)) return;
    push(Object.assign({ k: kind, x: e.pageX, y: e.pageY, vx: e.clientX, vy: e.clientY, sx: scrollX, sy: scrollY, btn: e.button }, describe(e.target)));
  };
  addEventListener('click', onClick('click'), true);
  addEventListener('dblclick', onClick('dblclick'), true);
  addEventListener('contextmenu', onClick('contextmenu'), true);

  addEventListener('mousemove', (e) => {
    if (ignored(e)) return;
    const t = now();
    if (lastMove && (t - lastMove.t < MOVE_MS || Math.hypot(e.pageX - lastMove.x, e.pageY - lastMove.y) < MOVE_PX)) return;
    lastMove = { t, x: e.pageX, y: e.pageY };
    push({ k: 'move', x: e.pageX, y: e.pageY, vx: e.clientX, vy: e.clientY });
  }, { capture: true, passive: true });

  const recordScroll = () => {
    lastScroll = now();
    maxDepth = Math.max(maxDepth, scrollY + innerHeight);
    push({ k: 'scroll', sx: scrollX, sy: scrollY, v: maxDepth });
  };
  addEventListener('scroll', (e) => {
    if (e.target !== document && ignored(e)) return;
    if (now() - lastScroll >= SCROLL_MS) { recordScroll(); return; }
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(recordScroll, SCROLL_MS);
  }, { capture: true, passive: true });

  addEventListener('focusin', (e) => { if (!ignored(e) && e.target instanceof Element) push(Object.assign({ k: 'focus' }, describe(e.target))); }, true);

  const mayRecordValue = (el) => el.type !== 'password' && config.recordValues.some(s => { try { return el.matches(s); } catch (_) { return false; } });
  const inputTimers = new WeakMap();
  const recordField = (kind, el) => {
    const event = Object.assign({ k: kind, v: (el.value || '').length }, describe(el));
    event.sel = selectorOf(el);
    event.txt = mayRecordValue(el) ? String(el.value).slice(0, 60) : '';
    if (el.type === 'password') event.d = 'password';
    push(event);
  };
  addEventListener('input', (e) => {
    const el = e.target;
    if (ignored(e) || !(el instanceof HTMLElement)) return;
    clearTimeout(inputTimers.get(el));
    inputTimers.set(el, setTimeout(() => recordField('input', el), 300));
  }, true);
  addEventListener('change', (e) => { if (!ignored(e) && e.target instanceof HTMLElement) recordField('change', e.target); }, true);
  addEventListener('submit', (e) => { if (!ignored(e)) push(Object.assign({ k: 'submit' }, describe(e.target))); }, true);
  addEventListener('invalid', (e) => { if (!ignored(e)) push(Object.assign({ k: 'invalid', d: e.target.validationMessage || '' }, describe(e.target))); }, true);
  addEventListener('keydown', (e) => {
    if (ignored(e) || !['Enter', 'Escape', 'Tab'].includes(e.key)) return;
    push(Object.assign({ k: 'key', d: e.key }, e.target instanceof Element ? describe(e.target) : {}));
  }, true);
  addEventListener('resize', () => push({ k: 'resize', v: innerWidth, d: innerWidth + 'x' + innerHeight }));
  document.addEventListener('visibilitychange', () => { push({ k: 'visibility', d: document.visibilityState }); flush(); }, true);
  document.addEventListener('selectionchange', () => {
    const s = document.getSelection();
    if (s && !s.isCollapsed) push({ k: 'selection', v: String(s).length });
  });

  // Mutation counts tell a dead click from a working one; the first mutation after a quiet spell is sent at once
  // (its time matters), later ones are summed per 100 ms to keep the stream small.
  const emitMutations = () => { mutationTimer = 0; if (pendingMutations) { push({ k: 'mutation', v: pendingMutations }); pendingMutations = 0; lastMutation = now(); } };
  // The parser's own insertions are not reactions to anything: count only after DOMContentLoaded.
  let parsed = false;
  document.addEventListener('DOMContentLoaded', () => { parsed = true; }, { capture: true, once: true });
  new MutationObserver((records) => {
    if (!parsed) return;
    const ours = records.filter(r => !(r.target.nodeType === 1 && r.target.closest && r.target.closest('[data-usabilitylab-ignore]'))).length;
    if (!ours) return;
    pendingMutations += ours;
    totalMutations += ours;
    if (now() - lastMutation >= MUTATION_MS) emitMutations();
    else if (!mutationTimer) mutationTimer = setTimeout(emitMutations, MUTATION_MS);
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  // Navigation: full loads now, SPA history and hash changes as they happen.
  push({ k: 'nav', d: 'load', txt: document.referrer ? document.referrer.slice(0, 200) : '' });
  for (const method of ['pushState', 'replaceState']) {
    const original = history[method];
    history[method] = function (...args) { const result = original.apply(this, args); push({ k: 'nav', d: method === 'pushState' ? 'push' : 'replace' }); return result; };
  }
  addEventListener('popstate', () => push({ k: 'nav', d: 'pop' }));
  addEventListener('hashchange', () => push({ k: 'nav', d: 'hash' }));

  // Page timing: TTFB, DOMContentLoaded, load, LCP and CLS where the browser reports them.
  let lcp = null, cls = 0, timingSent = false;
  try { new PerformanceObserver((list) => { const entries = list.getEntries(); lcp = entries[entries.length - 1].startTime; }).observe({ type: 'largest-contentful-paint', buffered: true }); } catch (_) { }
  try { new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value; }).observe({ type: 'layout-shift', buffered: true }); } catch (_) { }
  const sendTiming = () => {
    if (timingSent) return;
    const nav = performance.getEntriesByType('navigation')[0];
    if (!nav) return;
    timingSent = true;
    const round = (v) => v == null ? null : Math.round(v);
    push({ k: 'timing', d: JSON.stringify({ ttfb: round(nav.responseStart), dcl: round(nav.domContentLoadedEventEnd), load: round(nav.loadEventEnd), lcp: round(lcp), cls: Math.round(cls * 1000) / 1000 }) });
  };
  // LCP settles shortly after load; a page left sooner sends its timing at pagehide.
  addEventListener('load', () => setTimeout(sendTiming, 500));
  addEventListener('pagehide', () => {
    sendTiming();
    try {
      const carried = JSON.parse(sessionStorage.getItem(CARRY) || '[]').concat(unsent());
      sessionStorage.setItem(CARRY, JSON.stringify(carried));
    } catch (_) { flush(); }
  }, true);
  try {
    const carried = JSON.parse(sessionStorage.getItem(CARRY) || '[]');
    sessionStorage.removeItem(CARRY);
    buffer.unshift(...carried);
  } catch (_) { }

  // Forms that come back with server-side errors show them on load: count each invalid field once.
  addEventListener('DOMContentLoaded', () => {
    for (const el of document.querySelectorAll('[aria-invalid="true"]')) push(Object.assign({ k: 'invalid', d: 'aria-invalid' }, describe(el)));
  });

  setInterval(flush, FLUSH_MS);
  window.__usabilityLab = {
    // The runner drains the buffer before it closes a page or ends a task, so normal closes lose nothing.
    drain: () => { if (!timingSent && document.readyState === 'complete') sendTiming(); return JSON.stringify(unsent()); },
    // Used by simulated participants to tell whether their click changed anything.
    mutations: () => totalMutations,
  };
})();
