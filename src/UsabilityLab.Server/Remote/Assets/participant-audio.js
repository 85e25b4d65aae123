// UsabilityLab participant page: the participant's own microphone (think-aloud), optional and off until they turn it
// on with the switch on the stage. getUserMedia (audio only) feeds a MediaRecorder whose one-second pieces go to the
// lab in order (audio/{clip}/{sequence}); turning it off uploads the last piece and says stop. The lab refuses pieces
// once the session is over or this page no longer shows the website: the microphone then turns off here too, and
// what was uploaded stays a playable clip. Nothing is recorded while the switch says "off".
(() => {
  'use strict';
  const TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/ogg', 'audio/mp4'];
  const PIECE_MS = 1000;
  const stage = document.getElementById('stage');
  if (!stage) return;

  const bar = document.createElement('div');
  bar.className = 'mic-bar';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Microphone');
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'mic';
  const state = document.createElement('span');
  state.id = 'mic-state';
  state.className = 'mic-state';
  state.setAttribute('role', 'status');
  bar.append(button, state);
  stage.append(bar);

  let recorder = null;   // the recorder while the microphone is on
  let clip = null;       // a promise of the clip's id
  let clipId = null;     // the clip's id once known (for a page that closes)
  let sequence = 0;
  let uploads = Promise.resolve();
  let stopping = null;

  const json = (path, body, keepalive) => fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), keepalive: !!keepalive });
  const reason = async (reply) => ((await reply.json().catch(() => ({}))).error || 'the lab answered ' + reply.status);

  function show(on, text) {
    button.textContent = on ? 'Turn off microphone' : 'Turn on microphone';
    button.classList.toggle('on', on);
    state.classList.toggle('on', on);
    state.textContent = text || (on ? 'Microphone on: your voice is recorded' : 'Microphone off');
  }

  async function turnOn() {
    if (!window.isSecureContext || !navigator.mediaDevices || !window.MediaRecorder) {
      show(false, 'Microphone off: this browser cannot record here (the page needs an https:// address)');
      return;
    }

    const type = TYPES.find((t) => MediaRecorder.isTypeSupported(t));
    if (!type) {
      show(false, 'Microphone off: this browser cannot record audio in a format the lab takes');
      return;
    }

    let media;
    try {
      media = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
    } catch (error) {
      show(false, 'Microphone off: ' + (error && error.name === 'NotAllowedError' ? 'your browser did not allow it' : 'no microphone was found'));
      return;
    }

    const r = new MediaRecorder(media, { mimeType: type });
    recorder = r;
    sequence = 0;
    uploads = Promise.resolve();
    clipId = null;
    clip = new Promise((resolve, reject) => {
      r.onstart = async () => {
        try {
          const reply = await json('audio/start', { wallMs: Date.now(), mimeType: r.mimeType || type });
          if (!reply.ok) throw new Error(await reason(reply));
          clipId = (await reply.json()).clipId;
          resolve(clipId);
          if (recorder === r) show(true);
        } catch (error) {
          reject(error);
          turnOff('Microphone off: ' + error.message);
        }
      };
    });
    clip.catch(() => {});
    r.ondataavailable = (e) => { if (e.data && e.data.size > 0) upload(e.data); };
    // The microphone unplugged, or its permission taken back: the recorder stops by itself.
    r.onstop = () => { if (recorder === r) turnOff('Microphone off: it stopped (unplugged or no longer allowed)'); };
    r.start(PIECE_MS);
    show(true, 'Turning the microphone on…');
  }

  // One piece after the other (the lab takes them only in order), each tried three times.
  function upload(blob) {
    const seq = sequence++;
    uploads = uploads.then(async () => {
      const id = await clip.catch(() => null);
      if (id === null) return;
      for (let attempt = 0; attempt < 3; attempt++) {
        let reply = null;
        try { reply = await fetch(`audio/${id}/${seq}`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: blob }); } catch { reply = null; }
        if (reply && reply.ok) return;
        if (reply && reply.status < 500) {
          // Refused for good (the session is over, the website is gone): the clip ends at the last piece taken.
          clip = Promise.resolve(null);
          turnOff('Microphone off: ' + await reason(reply));
          return;
        }

        await new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));
      }

      clip = Promise.resolve(null);
      turnOff('Microphone off: the connection to the lab was lost');
    });
  }

  function turnOff(note) {
    if (!recorder) return stopping || Promise.resolve();
    const r = recorder;
    recorder = null;
    const stoppedAt = Date.now();
    button.disabled = true;
    stopping = (async () => {
      if (r.state !== 'inactive') {
        const stopped = new Promise((resolve) => { r.onstop = resolve; });
        r.stop(); // its last piece comes before its stop
        await stopped;
      }

      r.stream.getTracks().forEach((t) => t.stop());
      await uploads;
      const id = await clip.catch(() => null);
      if (id !== null) await json(`audio/${id}/stop`, { wallMs: stoppedAt }).catch(() => {});
      show(false, note);
      button.disabled = false;
      stopping = null;
    })();
    return stopping;
  }

  button.addEventListener('click', async () => {
    if (stopping || button.disabled) return;
    if (recorder) return turnOff();
    button.disabled = true;
    try { await turnOn(); } finally { button.disabled = false; }
  });

  // The stage gives way to the goodbye page (the session ended): the microphone goes off with it.
  new MutationObserver(() => { if (stage.hidden) turnOff(); }).observe(stage, { attributes: true, attributeFilter: ['hidden'] });

  // The page closing cannot wait for the last piece: the clip ends at what the lab has.
  window.addEventListener('pagehide', () => {
    if (recorder && clipId !== null) json(`audio/${clipId}/stop`, { wallMs: Date.now() }, true).catch(() => {});
  });

  show(false);
})();
