// Recorder-vs-rrweb benchmark, installed first in every variant.
//
// Virtual time: both recorders throttle by time (mouse moves every 50 ms, scrolls every 100 ms), so tens of thousands
// of inputs sent in seconds would mostly be dropped. Once started, Date.now() and performance.now() follow a virtual
// clock that each input advances by a human-like step (60 Hz mouse samples, ~100 ms per click, 50 ms per wheel notch):
// every recorder sees the same, realistic timeline, whichever clock it reads (Event.timeStamp included: it shares
// performance.now()'s origin, and an event's stamp is the virtual time at its dispatch).
(() => {
  const realNow = performance.now.bind(performance), realDateNow = Date.now;
  const perfBase = realNow(), dateBase = realDateNow();
  const steps = { mousemove: 16, mousedown: 50, mouseup: 50, wheel: 50 };
  let virtual = null, started = 0;
  performance.now = () => virtual === null ? realNow() : perfBase + virtual;
  Date.now = () => virtual === null ? realDateNow() : dateBase + virtual;
  const realStamp = Object.getOwnPropertyDescriptor(Event.prototype, 'timeStamp').get;
  Object.defineProperty(Event.prototype, 'timeStamp', { configurable: true, get() { return virtual === null ? realStamp.call(this) : perfBase + virtual; } });
  for (const [type, step] of Object.entries(steps)) {
    addEventListener(type, () => { if (virtual !== null) virtual += step; }, { capture: true, passive: true });
  }

  // What a recorder emits is counted here: our recorder's batches through a stub of its binding (no round trip to
  // .NET), rrweb's events through the emit callback, serialized as a real deployment would send them.
  const out = { bytes: 0, ours: [], theirs: [] };
  window.__labRecord = (json) => { out.bytes += json.length; out.ours.push(json); };
  const add = (map, key, n) => { map[key] = (map[key] || 0) + n; };
  // Names of our kind codes, in the order of recorder.js's KIND table.
  const KINDS = ['click', 'dblclick', 'contextmenu', 'move', 'scroll', 'nav', 'focus', 'input', 'change', 'submit', 'key', 'resize',
    'visibility', 'mutation', 'selection', 'invalid', 'timing'];
  window.__bench = {
    out,
    emit: (e) => { const json = JSON.stringify(e); out.bytes += json.length; out.theirs.push(json); },
    start: () => { virtual = realNow() - perfBase; started = virtual; out.bytes = 0; out.ours = []; out.theirs = []; },
    minutes: () => (virtual - started) / 60000,
    // Counting and the breakdowns parse after the measurement, so none of it is billed to a recorder.
    // Our payloads are arrays of batches whose "e" holds events (arrays) and url/width changes (objects).
    count: () => out.theirs.length + out.ours.reduce((n, json) => n + JSON.parse(json).reduce((m, b) => m + b.e.filter(Array.isArray).length, 0), 0),
    // Bytes per event kind, and for ours per part of the format (events, element definitions, url/width changes,
    // batch framing: page id, sequence, base time, url, width, brackets); the parts add up to the bytes sent.
    breakdown: () => {
      const kinds = {}, parts = {};
      for (const json of out.ours) {
        let inBatches = 0;
        for (const b of JSON.parse(json)) {
          const whole = JSON.stringify(b).length;
          let counted = 0;
          inBatches += whole;
          if (b.d) { const n = JSON.stringify(b.d).length + 5; add(parts, 'element definitions', n); counted += n; }
          for (const e of b.e) {
            const n = JSON.stringify(e).length + 1;
            if (Array.isArray(e)) { add(kinds, 'ours ' + (KINDS[e[0]] || e[0]), n); add(parts, 'events', n); } else add(parts, 'url/width changes', n);
            counted += n;
          }
          add(parts, 'batch framing', whole - counted);
        }
        add(parts, 'batch framing', json.length - inBatches);
      }
      for (const json of out.theirs) {
        const e = JSON.parse(json);
        add(kinds, 'rrweb type ' + e.type + (e.data && e.data.source !== undefined ? ' source ' + e.data.source : ''), json.length);
      }
      return JSON.stringify({ kinds, parts });
    },
  };
})();
