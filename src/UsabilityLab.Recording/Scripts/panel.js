// UsabilityLab task panel for moderated sessions. Installed with AddInitScriptAsync in the participant's context, so it
// comes back after every navigation and in every popup. Its state (phase, task, questionnaire item, position,
// collapsed) lives in the host and arrives through ONE binding: fetched at start, then long-polled, so a reload or a
// popup shows the same panel at the same place.
// It lives in a CLOSED shadow root on a host element marked data-usabilitylab-ignore: page scripts can't reach into
// it, page CSS can't restyle it, and recorder.js ignores every event whose path crosses the host (its clicks, keys,
// focus and mouse moves never become page events). The host is position:fixed, so the page's layout never moves.
(() => {
  if (window.top !== window || !/^https?:$/.test(location.protocol) || window.__usabilityLabPanelLoaded) return;
  Object.defineProperty(window, '__usabilityLabPanelLoaded', { value: true });
  const BINDING = '__labPanel';
  const MARGIN = 16, WIDTH = 340;
  const call = (message) => {
    const fn = window[BINDING];
    if (typeof fn !== 'function') return Promise.reject(new Error('panel binding missing'));
    return Promise.resolve(fn(JSON.stringify(message))).then((json) => JSON.parse(json));
  };
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  const CSS = `
    .panel { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff;
      border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 8px 28px rgba(31,35,40,.22); overflow: hidden;
      user-select: none; -webkit-user-select: none; }
    .head { display: flex; align-items: center; gap: 8px; padding: 8px 8px 8px 12px; background: #24292f; color: #fff;
      cursor: move; touch-action: none; }
    .head .title { flex: 1; font-weight: 600; font-size: 13px; letter-spacing: .01em; }
    .head button { all: unset; cursor: pointer; width: 26px; height: 26px; line-height: 26px; text-align: center;
      border-radius: 5px; font-size: 15px; color: #fff; }
    .head button:hover, .head button:focus-visible { background: rgba(255,255,255,.16); }
    .body { padding: 12px 14px 14px; max-height: 62vh; overflow: auto; }
    .collapsed .body { display: none; }
    h2 { font-size: 16px; margin: 0 0 6px; }
    p { margin: 0 0 12px; }
    .prompt { font-size: 15px; }
    .hint { color: #59636e; font-size: 12.5px; }
    .paused { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 6px 8px; margin-bottom: 10px; font-weight: 600; }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; }
    button.action { all: unset; cursor: pointer; padding: 8px 14px; border-radius: 6px; font-weight: 600; text-align: center; }
    button.primary { background: #1f883d; color: #fff; }
    button.primary:hover { background: #1a7f37; }
    button.secondary { background: #f6f8fa; color: #1f2328; border: 1px solid #d0d7de; }
    button.secondary:hover { background: #eef1f4; }
    button.action:focus-visible, .scale button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
    .scale { display: flex; gap: 4px; margin-bottom: 4px; }
    .scale button { all: unset; cursor: pointer; flex: 1; min-width: 0; padding: 8px 0; text-align: center; border-radius: 6px;
      background: #f6f8fa; border: 1px solid #d0d7de; font-weight: 600; }
    .scale button:hover { background: #ddf4ff; border-color: #54aeff; }
    .labels { display: flex; justify-content: space-between; gap: 12px; color: #59636e; font-size: 12px; }
    .progress { color: #59636e; font-size: 12px; margin-bottom: 4px; }`;

  let state = null, host = null, panel = null, title = null, body = null, toggle = null;
  // While the participant drags or just folded the panel, their own placement wins over a state that was already
  // on its way from the host (it cannot know about the move yet).
  let drag = null, uiTouched = 0;

  const el = (tag, attributes, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === 'onclick') node.addEventListener('click', value);
      else node.setAttribute(name, value);
    }
    for (const child of children) node.append(child);
    return node;
  };
  // Every action names the state version it was taken in; the host ignores a stale one (a double click on a scale).
  const act = (message) => () => call(Object.assign({ v: state.v }, message)).then(apply, () => { });
  const button = (label, kind, message) => el('button', { class: 'action ' + kind, type: 'button', onclick: act(message) }, label);

  const question = (q) => {
    const scale = el('div', { class: 'scale', role: 'group', 'aria-label': q.text });
    for (let value = q.min; value <= q.max; value++) {
      scale.append(el('button', { type: 'button', 'aria-label': String(value), onclick: act({ type: 'answer', value }) }, String(value)));
    }
    return [
      q.count > 1 ? el('div', { class: 'progress' }, `Statement ${q.item} of ${q.count}`) : '',
      el('p', {}, q.text),
      scale,
      el('div', { class: 'labels' }, el('span', {}, q.minLabel), el('span', {}, q.maxLabel)),
    ];
  };

  const content = (s) => {
    const task = s.task;
    switch (s.phase) {
      case 'briefing':
        return [el('h2', {}, task.title), el('p', { class: 'prompt' }, task.prompt),
          el('p', { class: 'hint' }, 'Read the task, then press Start. Think aloud as you go.'),
          el('div', { class: 'actions' }, button('Start task', 'primary', { type: 'start' }))];
      case 'active':
        return [s.paused ? el('div', { class: 'paused' }, 'Paused by your moderator') : '',
          el('p', { class: 'prompt' }, task.prompt),
          el('div', { class: 'actions' }, button("I'm done", 'primary', { type: 'done' }), button('I give up', 'secondary', { type: 'giveup' }))];
      case 'seq': case 'sus': case 'nps':
        return question(s.question);
      case 'between':
        return [el('h2', {}, 'Thank you!'), el('p', {}, 'Your moderator will start the next task in a moment.')];
      case 'finished':
        return [el('h2', {}, 'All done'), el('p', {}, 'Thank you for taking part. Your moderator will finish the session.')];
      case 'ended':
        return [el('h2', {}, 'Session ended'), el('p', {}, 'Thank you for taking part.')];
      default:
        return [el('h2', {}, 'Welcome'), el('p', {}, 'Thank you for taking part. Your moderator will start the first task in a moment.')];
    }
  };

  const heading = (s) => {
    if (s.task && (s.phase === 'briefing' || s.phase === 'active' || s.phase === 'seq')) return `Task ${s.task.index} of ${s.task.count}`;
    if (s.phase === 'sus' || s.phase === 'nps') return 'Questionnaire';
    return 'Usability study';
  };

  const place = () => {
    const ui = state.ui || {};
    if (ui.x == null || ui.y == null) {
      host.style.left = ''; host.style.top = '';
      host.style.right = MARGIN + 'px'; host.style.bottom = MARGIN + 'px';
      return;
    }
    const box = host.getBoundingClientRect();
    host.style.right = ''; host.style.bottom = '';
    host.style.left = Math.max(0, Math.min(ui.x, innerWidth - Math.min(box.width || WIDTH, innerWidth))) + 'px';
    host.style.top = Math.max(0, Math.min(ui.y, innerHeight - 40)) + 'px';
  };

  const render = () => {
    if (!host) return;
    panel.classList.toggle('collapsed', !!(state.ui && state.ui.collapsed));
    toggle.textContent = state.ui && state.ui.collapsed ? '▸' : '▾';
    toggle.setAttribute('aria-label', state.ui && state.ui.collapsed ? 'Show task' : 'Hide task');
    toggle.setAttribute('aria-expanded', String(!(state.ui && state.ui.collapsed)));
    title.textContent = heading(state);
    body.replaceChildren(...content(state));
    place();
  };

  const apply = (next) => {
    if (!next || (state && next.v < state.v)) return;
    if (state && (drag || Date.now() - uiTouched < 2000)) next.ui = state.ui;
    state = next;
    if (!host) mount();
    render();
  };

  const saveUi = (changes) => {
    uiTouched = Date.now();
    state.ui = Object.assign({}, state.ui, changes);
    call({ type: 'ui', collapsed: !!state.ui.collapsed, x: state.ui.x, y: state.ui.y }).catch(() => { });
  };

  const mount = () => {
    host = document.createElement('usabilitylab-panel');
    host.setAttribute('data-usabilitylab-ignore', '');
    host.style.cssText = `all: initial; position: fixed; z-index: 2147483647; width: ${WIDTH}px; max-width: calc(100vw - ${2 * MARGIN}px); display: block;`;
    const root = host.attachShadow({ mode: 'closed' });
    toggle = el('button', { type: 'button', onclick: () => { saveUi({ collapsed: !(state.ui && state.ui.collapsed) }); render(); } });
    title = el('span', { class: 'title' });
    const head = el('div', { class: 'head' }, title, toggle);
    body = el('div', { class: 'body' });
    panel = el('div', { class: 'panel', role: 'region', 'aria-label': 'Usability study task' }, head, body);
    root.append(el('style', {}, CSS), panel);

    // Drag by the title bar; the position is kept by the host, so the next page puts the panel back there.
    head.addEventListener('pointerdown', (e) => {
      if (e.button !== 0 || e.target === toggle) return;
      const box = host.getBoundingClientRect();
      drag = { dx: e.clientX - box.left, dy: e.clientY - box.top };
      head.setPointerCapture(e.pointerId);
    });
    head.addEventListener('pointermove', (e) => {
      if (!drag) return;
      state.ui = Object.assign({}, state.ui, { x: e.clientX - drag.dx, y: e.clientY - drag.dy });
      place();
    });
    const drop = () => { if (drag) { drag = null; saveUi({ x: parseFloat(host.style.left), y: parseFloat(host.style.top) }); } };
    head.addEventListener('pointerup', drop);
    head.addEventListener('pointercancel', drop);
    addEventListener('resize', () => { if (state) place(); });

    attach();
    // Pages that rebuild <html> or <body> would drop the host: put it back.
    setInterval(() => { if (!host.isConnected) attach(); }, 1000);
  };

  // At document start there is no <html> element yet: attach as soon as the parser creates it.
  const attach = () => {
    if (document.documentElement) { document.documentElement.appendChild(host); return; }
    new MutationObserver((_, observer) => {
      if (!document.documentElement) return;
      observer.disconnect();
      document.documentElement.appendChild(host);
    }).observe(document, { childList: true });
  };

  (async () => {
    for (;;) {
      try {
        apply(await call({ type: 'wait', v: state ? state.v : -1 }));
      } catch (_) {
        await sleep(1000);
      }
    }
  })();
})();
