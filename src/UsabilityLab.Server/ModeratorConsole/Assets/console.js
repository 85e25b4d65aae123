// UsabilityLab moderator console. Everything arrives over one Server-Sent Events stream (state, feed lines, screen
// frames); every command is a POST carrying the token in a header. The token comes from this page's URL.
(() => {
  const token = new URLSearchParams(location.search).get('t') || '';
  const $ = (id) => document.getElementById(id);
  const wallNow = () => performance.timeOrigin + performance.now();
  const clock = (ms) => { const s = Math.max(0, Math.round(ms / 1000)); return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'); };
  let state = null, stateAt = 0, noteWallMs = null;
  let recorder = null, sequence = 0, uploads = Promise.resolve(), clipReady = null;

  const api = async (path, body, method = 'POST') => {
    const binary = body instanceof Blob;
    const response = await fetch(path, {
      method,
      headers: Object.assign({ 'X-Lab-Token': token }, binary ? { 'Content-Type': 'application/octet-stream' } : { 'Content-Type': 'application/json' }),
      body: binary ? body : JSON.stringify(body || {}),
    });
    const result = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(result.error || ('HTTP ' + response.status));
    return result;
  };
  const say = (text) => { $('message').textContent = text || ''; };
  const command = (path, body) => api(path, body).then(() => say(''), (e) => say(e.message));

  // ---- state ----
  const render = () => {
    const s = state;
    $('participant').textContent = s.participant;
    $('study').textContent = '· ' + s.study;
    const status = $('status');
    status.className = 'pill ' + s.status + (s.paused ? ' paused' : '');
    status.textContent = s.paused ? 'task clock paused' : ({ running: 'live', 'browser-lost': 'browser lost', ended: 'ended', starting: 'starting' })[s.status] || s.status;
    const banner = $('banner');
    banner.hidden = s.status !== 'browser-lost' && s.status !== 'ended';
    banner.textContent = s.status === 'browser-lost'
      ? `The participant's browser is gone (${s.statusDetail}). Everything recorded so far is saved. Resume with a new browser to continue.`
      : s.status === 'ended' ? `Session ended: ${s.statusDetail || ''}. You can close this page.` : '';
    const task = s.task;
    $('task-title').textContent = task ? `Task ${task.index} of ${task.count}: ${task.title}` : (s.nextTask ? `Next: ${s.nextTask.title}` : 'No tasks left');
    $('task-prompt').textContent = task ? task.prompt : '';
    $('phase').textContent = ({
      waiting: 'The participant sees a welcome message.', briefing: 'The participant is reading the task.',
      active: 'The participant is working on the task.', seq: 'The participant is answering the SEQ.',
      between: 'Waiting for you to start the next task.', sus: 'The participant is answering the SUS questionnaire.',
      nps: 'The participant is answering the NPS question.', finished: 'All tasks and questionnaires done — end the session.',
      ended: 'Session ended.' })[s.phase] || s.phase;
    const running = s.status === 'running', active = s.phase === 'active';
    const next = $('next');
    next.disabled = !running || !s.nextTask || s.phase === 'active' || s.phase === 'briefing';
    next.textContent = s.nextTask ? `Start next task: ${s.nextTask.title}` : 'Start next task';
    const anyAttempt = s.attempts.length > 0;
    $('mark-success').disabled = !anyAttempt;
    $('mark-failure').disabled = !anyAttempt;
    $('mark-success').title = $('mark-failure').title = active ? 'Ends the running task with this outcome' : 'Overrides the latest attempt';
    $('pause').disabled = !active;
    $('pause').textContent = s.paused ? 'Resume clock' : 'Pause clock';
    $('resume').hidden = s.status !== 'browser-lost';
    $('end').disabled = s.status === 'ended';
    $('note').disabled = s.status === 'starting';
    $('audio').disabled = s.status === 'ended' && !recorder;
    $('frame-info').textContent = `Frames kept: ${s.framesStored} (${(s.frameBytes / 1048576).toFixed(1)} MB)` + (s.frameCapReached ? ' — storage cap reached, live view only' : '');
    renderAttempts(s.attempts);
    tick();
  };

  const renderAttempts = (attempts) => {
    const rows = attempts.map((a) => {
      const tr = document.createElement('tr');
      const cells = [a.title, null, clock(a.timeSeconds * 1000), a.seq == null ? '–' : String(a.seq), a.reason || ''];
      cells.forEach((text, i) => {
        const td = document.createElement('td');
        if (i === 1) {
          const outcome = document.createElement('span');
          outcome.className = 'outcome-' + a.outcome;
          outcome.textContent = a.outcome;
          td.append(outcome);
          if (a.automaticOutcome) { const auto = document.createElement('span'); auto.className = 'auto'; auto.textContent = 'automatic: ' + a.automaticOutcome; td.append(auto); }
        } else td.textContent = text;
        tr.append(td);
      });
      const td = document.createElement('td');
      for (const [label, outcome] of [['✓ success', 'success'], ['✗ failure', 'failed']]) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = label;
        b.dataset.attempt = a.id;
        b.setAttribute('aria-label', `Mark ${a.title} as ${outcome}`);
        b.addEventListener('click', () => command('api/attempts/mark', { attemptId: a.id, outcome }));
        td.append(b, ' ');
      }
      tr.append(td);
      return tr;
    });
    $('attempts').replaceChildren(...rows);
  };

  const tick = () => {
    if (!state) return;
    const live = state.status === 'running' ? wallNow() - stateAt : 0;
    $('session-clock').textContent = clock(state.sessionMs + live);
    $('task-clock').textContent = state.phase === 'active' ? clock(state.taskActiveMs + (state.paused ? 0 : live)) : '–';
  };
  setInterval(tick, 250);

  // ---- feed ----
  const addFeed = (item) => {
    const li = document.createElement('li');
    li.className = item.kind;
    const t = document.createElement('span');
    t.className = 't';
    t.textContent = clock(item.timeMs);
    const text = document.createElement('span');
    text.textContent = item.text;
    if (item.detail) { const d = document.createElement('span'); d.className = 'd'; d.textContent = item.detail; text.append(d); }
    li.append(t, text);
    // Newest first, by session and session time: a note is about the moment its hotkey was pressed, not when it
    // was saved; a resumed session (new browser) has a new timeline that comes after the old one.
    const key = item.sessionId * 1e12 + item.timeMs;
    li.dataset.key = key;
    const feed = $('feed');
    const later = [...feed.children].find((other) => Number(other.dataset.key) <= key);
    feed.insertBefore(li, later || null);
    while (feed.children.length > 400) feed.lastChild.remove();
  };

  const stream = new EventSource('api/stream?t=' + encodeURIComponent(token));
  stream.addEventListener('state', (e) => { state = JSON.parse(e.data); stateAt = state.wallMs; render(); });
  stream.addEventListener('feed', (e) => addFeed(JSON.parse(e.data)));
  stream.addEventListener('frame', (e) => {
    const frame = JSON.parse(e.data);
    $('screen').src = 'data:image/jpeg;base64,' + frame.jpeg;
    $('no-frame').hidden = true;
  });
  stream.onerror = () => { if (!state || state.status !== 'ended') say('Connection to the lab lost; retrying…'); };
  stream.onopen = () => say('');

  // ---- controls ----
  $('next').addEventListener('click', () => command('api/tasks/next'));
  $('mark-success').addEventListener('click', () => command('api/attempts/mark', { outcome: 'success' }));
  $('mark-failure').addEventListener('click', () => command('api/attempts/mark', { outcome: 'failed' }));
  $('pause').addEventListener('click', () => command(state && state.paused ? 'api/clock/resume' : 'api/clock/pause'));
  $('resume').addEventListener('click', () => command('api/session/resume'));
  $('end').addEventListener('click', () => { if (confirm('End the session? A running task ends with its automatic outcome.')) command('api/session/end'); });

  // ---- notes: the hotkey fixes the moment; typing the text may take a while ----
  const openNote = () => {
    noteWallMs = wallNow();
    const at = state ? state.sessionMs + (noteWallMs - stateAt) : 0;
    $('note-time').textContent = 'at ' + clock(at);
    $('note-form').hidden = false;
    $('note-text').focus();
  };
  const closeNote = () => { $('note-form').hidden = true; $('note-text').value = ''; noteWallMs = null; };
  $('note').addEventListener('click', openNote);
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLElement && (e.target.matches('input, textarea, select') || e.target.isContentEditable);
    if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === 'n' || e.key === 'N')) { e.preventDefault(); openNote(); }
    if (e.key === 'Escape' && !$('note-form').hidden) closeNote();
  });
  $('note-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { wallMs: noteWallMs, tag: $('note-tag').value, severity: Number($('note-severity').value), text: $('note-text').value };
    try { await api('api/notes', body); closeNote(); say('Note saved.'); } catch (error) { say(error.message); }
  });

  // ---- think-aloud audio: uploaded every second, so a crash loses at most a second ----
  const upload = (blob) => {
    const seq = sequence++;
    uploads = uploads.then(async () => {
      const id = await clipReady;
      for (let attempt = 0; attempt < 3; attempt++) {
        try { await api(`api/audio/${id}/${seq}`, blob, 'PUT'); return; } catch (_) { await new Promise((r) => setTimeout(r, 500)); }
      }
      say('An audio piece could not be uploaded.');
    });
  };
  const startAudio = async () => {
    const media = await navigator.mediaDevices.getUserMedia({ audio: true });
    const type = ['audio/webm;codecs=opus', 'audio/webm'].find((t) => MediaRecorder.isTypeSupported(t)) || '';
    recorder = new MediaRecorder(media, type ? { mimeType: type } : {});
    sequence = 0;
    clipReady = new Promise((resolve, reject) => {
      recorder.onstart = () => api('api/audio', { wallMs: wallNow(), mimeType: recorder.mimeType || type }).then((r) => resolve(r.clipId), reject);
    });
    recorder.ondataavailable = (e) => { if (e.data && e.data.size > 0) upload(e.data); };
    recorder.start(1000);
    $('audio').textContent = '■ Stop recording';
    $('audio').classList.add('recording');
  };
  const stopAudio = async () => {
    const stoppedAt = wallNow();
    const done = new Promise((resolve) => { recorder.onstop = resolve; });
    recorder.stop();
    recorder.stream.getTracks().forEach((t) => t.stop());
    await done;
    await uploads;
    await api(`api/audio/${await clipReady}/stop`, { wallMs: stoppedAt });
    recorder = null;
    $('audio').textContent = '● Record think-aloud';
    $('audio').classList.remove('recording');
  };
  $('audio').addEventListener('click', () => (recorder ? stopAudio() : startAudio()).catch((e) => say('Audio: ' + e.message)));
})();
