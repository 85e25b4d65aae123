// Click-cost benchmark, installed AFTER recorder.js: the last capture listener on window records the time since
// click-bracket-start.js's listener, and cancels the click's default action so links and submit buttons stay put.
(() => {
  const state = window.__benchClick;
  addEventListener('click', (e) => { state.samples.push(performance.now() - state.t0); e.preventDefault(); }, true);
})();
