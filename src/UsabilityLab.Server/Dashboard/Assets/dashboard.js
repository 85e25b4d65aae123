// The dashboard's only script of its own: a recording run's live progress (server-sent events), the picture of a
// moment named only in a link's fragment, and the player of a moderated session's screen frames and think-aloud audio.
// Pages work without it (the player then shows the frame of the chosen moment).
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


  // A moderated session's replay: frames (two a second at most) shown at the session time of a clock; while a
  // think-aloud clip covers that time the clip *is* the clock (time = clip start + its currentTime), so picture and
  // voice cannot drift apart; between clips a wall clock carries the time on.
  function replay() {
    const root = document.querySelector("[data-replay]");
    if (!root || root.dataset.ready) return;
    root.dataset.ready = "loading";
    fetch(root.getAttribute("data-replay"), { credentials: "same-origin" })
      .then((response) => response.json())
      .then((index) => player(root, index));
  }

  function player(root, index) {
    const img = root.querySelector("[data-replay-frame]");
    const button = root.querySelector("[data-replay-play]");
    const seek = root.querySelector("[data-replay-seek]");
    const label = root.querySelector("[data-replay-time]");
    const frames = index.frames;
    const lastMs = parseFloat(seek.max) * 1000;
    const clips = [...root.querySelectorAll("audio")].map((el) => ({
      el,
      start: parseFloat(el.dataset.startMs),
      end: el.dataset.endMs ? parseFloat(el.dataset.endMs) : lastMs,
    }));
    let now = parseFloat(root.dataset.startMs);
    let playing = false;
    let voice = null; // the clip that is the clock, while one plays
    let wallFrom = 0;
    let nowFrom = 0;
    let timer = 0;

    function frameAt(ms) {
      let lo = 0, hi = frames.length - 1, found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (frames[mid][1] <= ms) { found = mid; lo = mid + 1; } else hi = mid - 1;
      }
      return frames[Math.max(found, 0)];
    }

    function show(ms) {
      now = Math.min(Math.max(ms, parseFloat(seek.min) * 1000), lastMs);
      const frame = frames.length ? frameAt(now) : null;
      if (frame && img && img.dataset.frameId !== String(frame[0])) {
        img.src = root.getAttribute("data-frames") + frame[0] + ".jpg";
        img.dataset.frameId = String(frame[0]);
        img.dataset.frameMs = String(frame[1]);
      }
      seek.value = (now / 1000).toFixed(1);
      label.textContent = `${(now / 1000).toFixed(1)} s`;
      root.dataset.timeMs = String(Math.round(now));
    }

    function silence() {
      if (voice) voice.el.pause();
      voice = null;
      wallFrom = performance.now();
      nowFrom = now;
    }

    function tick() {
      if (voice && !voice.el.paused && !voice.el.ended) {
        show(voice.start + voice.el.currentTime * 1000);
      } else {
        if (voice && voice.el.ended) voice.spent = true; // its recorded end may lie a little past its last sample
        if (voice) silence();
        show(nowFrom + (performance.now() - wallFrom));
      }
      const due = clips.find((c) => !c.spent && c.start <= now && now < c.end);
      if (due && due !== voice) {
        silence();
        voice = due;
        due.el.currentTime = (now - due.start) / 1000;
        due.el.play().catch(silence);
      } else if (!due && voice) {
        silence();
      }
      if (now >= lastMs) stop();
    }

    function rewind() { clips.forEach((c) => { c.spent = false; }); }

    function start() {
      if (now >= lastMs) show(parseFloat(seek.min) * 1000);
      rewind();
      playing = true;
      button.textContent = "Pause";
      button.setAttribute("aria-pressed", "true");
      silence();
      timer = setInterval(tick, 50);
      tick();
    }

    function stop() {
      playing = false;
      clearInterval(timer);
      silence();
      button.textContent = "Play";
      button.setAttribute("aria-pressed", "false");
    }

    button.addEventListener("click", () => (playing ? stop() : start()));
    seek.addEventListener("input", () => {
      silence();
      rewind();
      show(parseFloat(seek.value) * 1000);
      nowFrom = now;
    });
    show(now);
    root.dataset.ready = "yes";
  }

  function ready() { follow(); moment(); replay(); }

  document.addEventListener("DOMContentLoaded", ready);
  window.addEventListener("hashchange", moment);
  // Blazor's enhanced navigation swaps pages without a load event.
  if (window.Blazor) window.Blazor.addEventListener("enhancedload", ready);
  else window.addEventListener("load", () => window.Blazor && window.Blazor.addEventListener("enhancedload", ready));
})();
