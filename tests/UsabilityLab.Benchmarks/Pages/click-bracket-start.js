// Click-cost benchmark, installed BEFORE recorder.js: the first capture listener on window notes the time, so that
// click-bracket-end.js (installed after) measures exactly the listeners registered in between (the recorder's).
(() => {
  const state = { t0: 0, samples: [], bytes: 0 };
  window.__benchClick = state;
  addEventListener('click', () => { state.t0 = performance.now(); }, true);
  // Stub of the lab's binding: the in-page cost is what we measure, not the round trip to .NET.
  window.__labRecord = (json) => { state.bytes += json.length; };
})();
