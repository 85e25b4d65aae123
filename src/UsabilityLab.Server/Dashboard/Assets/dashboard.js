// The dashboard's only script of its own: a recording run's live progress (server-sent events). Pages work without it.
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

  document.addEventListener("DOMContentLoaded", follow);
  // Blazor's enhanced navigation swaps pages without a load event.
  if (window.Blazor) window.Blazor.addEventListener("enhancedload", follow);
  else window.addEventListener("load", () => window.Blazor && window.Blazor.addEventListener("enhancedload", follow));
})();
