// UsabilityLab participant page: the consent screen, then the website streamed from the lab (a canvas of screencast
// frames, acknowledged one by one) with the participant's mouse, wheel, keyboard, text, paste and touch sent back as
// input messages, and the task panel (the same panel script as at the lab, over this page's own binding). The panel
// lives on this page, outside the stream: it is never part of the website and never recorded there.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const show = (id) => { for (const m of ['consent', 'stage', 'goodbye']) $(m).hidden = m !== id; };
  const post = (path, body) => fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  // Keys sent as keys (the lab accepts only these); everything else typed arrives as text.
  const NAMED = new Set(['Enter', 'Tab', 'Backspace', 'Delete', 'Escape', 'ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
  const MAX_PASTE = 4000;

  let socket = null, width = 1280, height = 800, pendingMove = null, drawing = false;
  const canvas = $('screen'), keys = $('keys'), context2d = canvas.getContext('2d');

  const modifiers = (e) => (e.altKey ? 1 : 0) | (e.ctrlKey ? 2 : 0) | (e.metaKey ? 4 : 0) | (e.shiftKey ? 8 : 0);
  const send = (message) => { if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message)); };
  // From the canvas as shown (scaled to fit this window) back to the website's own CSS pixels.
  const toPage = (clientX, clientY) => {
    const r = canvas.getBoundingClientRect();
    const x = (clientX - r.left) * width / r.width, y = (clientY - r.top) * height / r.height;
    return x >= 0 && y >= 0 && x < width && y < height ? { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 } : null;
  };

  function fit() {
    const scale = Math.min(window.innerWidth / width, window.innerHeight / height, 1);
    canvas.style.width = Math.floor(width * scale) + 'px';
    canvas.style.height = Math.floor(height * scale) + 'px';
  }

  function end(text) {
    $('goodbye-text').textContent = text;
    show('goodbye');
    if (socket) socket.close();
  }

  async function start() {
    let state;
    try { state = await (await fetch('state')).json(); } catch { state = { consent: 'pending' }; }
    if (state.consent === 'given') return openStage();
    if (state.consent === 'refused') return end('You chose not to take part. Nothing was recorded.');
    show('consent');
    $('agree').focus();
  }

  $('agree').addEventListener('click', async () => {
    $('agree').disabled = $('refuse').disabled = true;
    await agree();
  });

  async function agree() {
    $('consent-status').textContent = 'Starting the website… this takes a few seconds.';
    const reply = await post('consent', { agree: true });
    if (reply.status === 429) {
      // The lab runs as many browsers as it can: wait here, and ask again.
      const body = await reply.json().catch(() => ({}));
      $('consent-status').textContent = body.error || 'Everyone\'s place is taken at the moment; please wait.';
      setTimeout(agree, (body.retryAfter || 10) * 1000);
      return;
    }

    if (!reply.ok) {
      $('consent-status').textContent = 'The session could not start: ' + ((await reply.json().catch(() => ({}))).error || reply.status);
      return;
    }

    openStage();
  }

  $('refuse').addEventListener('click', async () => {
    $('agree').disabled = $('refuse').disabled = true;
    await post('consent', { agree: false });
    end('You chose not to take part. Nothing was recorded. You can close this page.');
  });

  function openStage() {
    show('stage');
    fit();
    // The task panel's one binding, as the lab's own browser has it: each call is a POST to this page's server.
    window.__labPanel = (json) => fetch('panel', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: json })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error('panel ' + r.status))));
    const panel = document.createElement('script');
    panel.src = 'panel.js';
    document.body.append(panel);
    connect();
  }

  function connect() {
    socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + location.pathname + 'stream');
    socket.binaryType = 'blob';
    socket.onmessage = async (event) => {
      if (typeof event.data !== 'string') return draw(event.data);
      const message = JSON.parse(event.data);
      if (message.t === 'hello') {
        width = message.width; height = message.height;
        canvas.width = width; canvas.height = height;
        fit();
      } else if (message.t === 'refused') {
        console.warn('input refused by the lab:', message.reason);
      } else if (message.t === 'ended') {
        end('The session has ended. Thank you for taking part! You can close this page.');
      }
    };
    socket.onclose = () => {
      if (!$('stage').hidden) $('stage-status').textContent = 'The connection to the lab was lost. Reload this page to reconnect.';
    };
  }

  async function draw(blob) {
    try {
      const picture = await createImageBitmap(blob);
      // Frames may come smaller than the page when the connection is slow: drawn over the whole canvas anyway.
      context2d.drawImage(picture, 0, 0, canvas.width, canvas.height);
      picture.close();
      $('stage-status').textContent = '';
    } finally {
      // The next frame comes only after this acknowledgement: a slow connection gets fewer, fresher frames.
      if (socket && socket.readyState === WebSocket.OPEN) socket.send('{"t":"ack"}');
    }
  }

  // Mouse. The hidden text area holds the keyboard focus (so IME composition works); the canvas gets the pointer.
  const BUTTONS = ['left', 'middle', 'right'];
  canvas.addEventListener('mousedown', (e) => {
    e.preventDefault();
    keys.focus({ preventScroll: true });
    const p = toPage(e.clientX, e.clientY);
    if (p) send({ t: 'mouse', type: 'mousePressed', ...p, button: BUTTONS[e.button] || 'none', buttons: e.buttons & 7, clickCount: Math.min(e.detail || 1, 3), modifiers: modifiers(e) });
  });
  canvas.addEventListener('mouseup', (e) => {
    const p = toPage(e.clientX, e.clientY);
    if (p) send({ t: 'mouse', type: 'mouseReleased', ...p, button: BUTTONS[e.button] || 'none', buttons: e.buttons & 7, clickCount: Math.min(e.detail || 1, 3), modifiers: modifiers(e) });
  });
  canvas.addEventListener('mousemove', (e) => {
    const p = toPage(e.clientX, e.clientY);
    if (!p) return;
    // At most one move per animation frame: the newest position wins.
    const first = pendingMove === null;
    pendingMove = { t: 'mouse', type: 'mouseMoved', ...p, button: 'none', buttons: e.buttons & 7, clickCount: 0, modifiers: modifiers(e) };
    if (first) requestAnimationFrame(() => { send(pendingMove); pendingMove = null; });
  });
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener('wheel', (e) => {
    e.preventDefault();
    const p = toPage(e.clientX, e.clientY);
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? height : 1;
    const clamp = (v) => Math.max(-5000, Math.min(5000, v * unit));
    if (p) send({ t: 'wheel', ...p, dx: clamp(e.deltaX), dy: clamp(e.deltaY), modifiers: modifiers(e) });
  }, { passive: false });

  // Keyboard: named keys and shortcuts as keys; typed and composed text as text; paste as paste.
  keys.addEventListener('keydown', (e) => {
    if (e.isComposing || e.keyCode === 229) return;
    const shortcut = (e.ctrlKey || e.metaKey || e.altKey) && /^[a-z0-9]$/i.test(e.key);
    if (NAMED.has(e.key) || shortcut) {
      e.preventDefault();
      send({ t: 'key', type: 'keyDown', key: shortcut ? e.key.toLowerCase() : e.key, modifiers: modifiers(e) });
    }
  });
  keys.addEventListener('keyup', (e) => {
    const shortcut = (e.ctrlKey || e.metaKey || e.altKey) && /^[a-z0-9]$/i.test(e.key);
    if (NAMED.has(e.key) || shortcut) send({ t: 'key', type: 'keyUp', key: shortcut ? e.key.toLowerCase() : e.key, modifiers: modifiers(e) });
  });
  keys.addEventListener('input', (e) => {
    if (!e.isComposing && e.data && e.inputType === 'insertText') send({ t: 'text', text: e.data });
    if (!e.isComposing) keys.value = '';
  });
  keys.addEventListener('compositionend', (e) => {
    if (e.data) send({ t: 'text', text: e.data });
    keys.value = '';
  });
  keys.addEventListener('paste', (e) => {
    e.preventDefault();
    const text = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
    if (text) send({ t: 'paste', text: text.slice(0, MAX_PASTE) });
  });

  // Touch, for touch screens: every finger, mapped like the mouse.
  const touch = (type) => (e) => {
    e.preventDefault();
    const points = [...e.touches].map((t) => ({ ...toPage(t.clientX, t.clientY), id: t.identifier % 1000 })).filter((p) => p.x !== undefined);
    send({ t: 'touch', type, points: type === 'touchEnd' || type === 'touchCancel' ? [] : points.slice(0, 5) });
  };
  canvas.addEventListener('touchstart', touch('touchStart'), { passive: false });
  canvas.addEventListener('touchmove', touch('touchMove'), { passive: false });
  canvas.addEventListener('touchend', touch('touchEnd'), { passive: false });
  canvas.addEventListener('touchcancel', touch('touchCancel'), { passive: false });

  window.addEventListener('resize', fit);
  start();
})();
