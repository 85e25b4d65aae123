// The dashboard's only script of its own: a recording run's live progress (server-sent events), and the picture of a
// moment named only in a link's fragment. Pages work without it.
(() => {
  "use strict";
  let source = null;

  function follow() {
    if (source) { source.close(); source = null; }
    const live = document.querySelector("[data-progress]");
    if (!live) return;
    const text = live.querySelector("[data-progress-text]");
    const bar = live.querySelector("progress");
    source = new EventSource(live.getAttribute("data-progress"));
    source.onmessage = (message) => {
      const p = JSON.parse(message.data);
      text.textContent = `${p.done} of ${p.planned} participants done`;
      bar.max = Math.max(p.planned, 1);
      bar.value = p.done;
      if (p.status !== "recording") {
        source.close();
        source = null;
        location.reload(); // the run has ended: show its final results
      }
    };
  }

  // A shared link to a moment may carry only its fragment (…#t=12.4): show that moment's picture.
  function moment() {
    const figure = document.querySelector("[data-moment]");
    const at = /^#t=([0-9.]+)$/.exec(location.hash);
    if (!figure || !at) return;
    const img = figure.querySelector("img");
    const wanted = figure.getAttribute("data-moment").replace(/t=[0-9.]+$/, `t=${at[1]}`);
    if (img.getAttribute("src") !== wanted) {
      img.setAttribute("src", wanted);
      figure.querySelector("[data-moment-time]").textContent = `${at[1]} s`;
      img.alt = img.alt.replace(/at [0-9.]+ s/, `at ${at[1]} s`);
    }
  }

  function ready() { follow(); moment(); }

  document.addEventListener("DOMContentLoaded", ready);
  window.addEventListener("hashchange", moment);
  // Blazor's enhanced navigation swaps pages without a load event.
  if (window.Blazor) window.Blazor.addEventListener("enhancedload", ready);
  else window.addEventListener("load", () => window.Blazor && window.Blazor.addEventListener("enhancedload", ready));
})();
