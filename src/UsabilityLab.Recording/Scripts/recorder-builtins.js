// Part of recorder.js, inlined at its include marker (one closure in the page): the recorder's own references to what
// it calls, and its hold on the binding. Uses BINDING from recorder.js.
  // The page's scripts run after this one and may replace what the recorder calls (JSON.stringify returning junk, an
  // Array.prototype.toJSON as old libraries add, patched timers): it keeps its own references, taken before any of them.
  const stringify = JSON.stringify, perfNow = performance.now.bind(performance), entriesByType = performance.getEntriesByType.bind(performance);
  const { round, max, random } = Math, getOwn = Object.getOwnPropertyDescriptor, define = Object.defineProperty;
  const later = setTimeout.bind(window), cancel = clearTimeout.bind(window), every = setInterval.bind(window);
  const nextFrame = requestAnimationFrame.bind(window), resolved = Promise.resolve.bind(Promise);
  const storage = (() => { try { const s = sessionStorage; return { getItem: s.getItem.bind(s), setItem: s.setItem.bind(s), removeItem: s.removeItem.bind(s) }; } catch (_) { return null; } })();
  // toJSON on a prototype changes what stringify writes (Prototype.js's Array#toJSON quotes every array): set aside while encoding.
  const PROTOTYPES = [Array.prototype, Object.prototype, String.prototype, Number.prototype];
  const encode = (value) => {
    const saved = PROTOTYPES.map(p => getOwn(p, 'toJSON'));
    saved.forEach((d, i) => { if (d) delete PROTOTYPES[i].toJSON; });
    try { return stringify(value); } finally { saved.forEach((d, i) => { if (d) define(PROTOTYPES[i], 'toJSON', d); }); }
  };
  // Playwright's binding encodes its payload with the page's JSON.stringify at call time, and its driver does not survive
  // a payload that is not JSON: a page that replaced stringify would end every participant's browser. So the recorder
  // takes the binding off the page (nothing but the recorder can call it) and lends it the real stringify for each call.
  const bound = typeof window[BINDING] === 'function' ? window[BINDING] : null;
  if (bound) try { delete window[BINDING]; } catch (_) { }
  const binding = () => bound || (typeof window[BINDING] === 'function' ? window[BINDING] : null);
  const callBinding = (fn, json) => {
    const own = getOwn(JSON, 'stringify');
    define(JSON, 'stringify', { value: encode, writable: true, configurable: true }); // throws when the page froze its own
    try { return fn(json); } finally { if (own) define(JSON, 'stringify', own); else delete JSON.stringify; }
  };
