// Recorder-vs-rrweb benchmark, installed first in every variant.
//
// Virtual time: both recorders throttle by time (mouse moves every 50 ms, scrolls every 100 ms), so tens of thousands
// of inputs sent in seconds would mostly be dropped. Once started, Date.now() and performance.now() follow a virtual
// clock that each input advances by a human-like step (60 Hz mouse samples, ~100 ms per click, 50 ms per wheel notch):
// every recorder sees the same, realistic timeline.
(() => {
  const realNow = performance.now.bind(performance), realDateNow = Date.now;
  const perfBase = realNow(), dateBase = realDateNow();
  const steps = { mousemove: 16, mousedown: 50, mouseup: 50, wheel: 50 };
  let virtual = null, started = 0;
  performance.now = () => virtual === null ? realNow() : perfBase + virtual;
  Date.now = () => virtual === null ? realDateNow() : dateBase + virtual;
  for (const [type, step] of Object.entries(steps)) {
    addEventListener(type, () => { if (virtual !== null) virtual += step; }, { capture: true, passive: true });
  }

  // What a recorder emits is counted here: our recorder's batches through a stub of its binding (no round trip to
  // .NET), rrweb's events through the emit callback, serialized as a real deployment would send them.
  const out = { bytes: 0, ours: [], theirs: [] };
  window.__labRecord = (json) => { out.bytes += json.length; out.ours.push(json); };
  const add = (map, key, n) => { map[key] = (map[key] || 0) + n; };
  window.__bench = {
    out,
    emit: (e) => { const json = JSON.stringify(e); out.bytes += json.length; out.theirs.push(json); },
    start: () => { virtual = realNow() - perfBase; started = virtual; out.bytes = 0; out.ours = []; out.theirs = []; },
    minutes: () => (virtual - started) / 60000,
    // Counting and the breakdowns parse after the measurement, so none of it is billed to a recorder.
    count: () => out.theirs.length + out.ours.reduce((n, json) => n + JSON.parse(json).length, 0),
    // Bytes per event kind, and for our events per field (key, quotes, colon, value and comma): where the bytes go.
    breakdown: () => {
      const kinds = {}, fields = {};
      for (const json of out.ours) {
        for (const e of JSON.parse(json)) {
          add(kinds, 'ours ' + e.k, JSON.stringify(e).length);
          for (const [key, value] of Object.entries(e)) add(fields, key, key.length + 4 + JSON.stringify(value).length);
        }
      }
      for (const json of out.theirs) {
        const e = JSON.parse(json);
        add(kinds, 'rrweb type ' + e.type + (e.data && e.data.source !== undefined ? ' source ' + e.data.source : ''), json.length);
      }
      return JSON.stringify({ kinds, fields });
    },
  };
})();
