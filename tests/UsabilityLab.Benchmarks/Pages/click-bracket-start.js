// Click-cost benchmark, installed BEFORE recorder.js: the first capture listener on window notes the time, so that
// click-bracket-end.js (installed after) measures exactly the listeners registered in between (the recorder's).
// With window.__benchFlushFirst set, it first brings style and layout up to date (the mousedown's :active and :focus
// changes leave them dirty), separating the recorder's own JavaScript from the style/layout work it forces.
(() => {
  const state = { t0: 0, samples: [], bytes: 0 };
  window.__benchClick = state;
  addEventListener('click', () => {
    if (window.__benchFlushFirst) void document.documentElement.getBoundingClientRect();
    state.t0 = performance.now();
  }, true);
  // Stub of the lab's binding: the in-page cost is what we measure, not the round trip to .NET.
  window.__labRecord = (json) => { state.bytes += json.length; };
})();
