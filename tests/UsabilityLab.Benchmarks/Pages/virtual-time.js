// Recorder-vs-rrweb benchmark, installed first in every variant. Both recorders throttle by time (mouse moves every
// 50 ms, scrolls every 100 ms), so tens of thousands of inputs sent in seconds would mostly be dropped. Once started,
// Date.now() and performance.now() follow a virtual clock that each input advances by a human-like step (60 Hz mouse
// samples, ~100 ms per click, 50 ms per wheel notch): every recorder sees the same, realistic timeline.
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

  // What a recorder emits is counted here: our recorder through its binding (a stub, no round trip to .NET),
  // rrweb through the emit callback the benchmark passes to record().
  const out = { bytes: 0, events: 0, ours: [] };
  window.__labRecord = (json) => { out.bytes += json.length; out.ours.push(json); };
  window.__bench = {
    out,
    emit: (e) => { out.bytes += JSON.stringify(e).length; out.events++; },
    start: () => { virtual = realNow() - perfBase; started = virtual; out.bytes = 0; out.events = 0; out.ours = []; },
    minutes: () => (virtual - started) / 60000,
    // Our batches are counted after the measurement (parsing them inside it would bill the benchmark to the recorder).
    count: () => out.events + out.ours.reduce((n, json) => n + JSON.parse(json).length, 0),
  };
})();
