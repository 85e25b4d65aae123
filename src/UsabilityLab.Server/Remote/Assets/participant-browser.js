// UsabilityLab participant page: the lab's browser around the stream. A tab strip when the website opened more than
// one tab (a popup, a link to a new tab): each tab's title, the one shown marked, popups closable; and, when the lab's
// browser stopped (crashed or closed), an offer to continue in a new one. Asked of the lab every second while the
// stream is on screen; the stream itself follows the tab shown (participant.js knows nothing of tabs).
(() => {
  'use strict';
  const stage = document.getElementById('stage');
  const post = (path, body) => fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}) });
  const element = (tag, props, ...children) => {
    const e = Object.assign(document.createElement(tag), props || {});
    e.append(...children);
    return e;
  };

  const strip = element('nav', { id: 'tabs', hidden: true });
  strip.setAttribute('aria-label', 'Website tabs');
  const list = element('ul');
  strip.append(list);

  const offerText = element('p', { id: 'stopped-text' }, 'The website stopped unexpectedly. Everything you did so far is saved.');
  const offerStatus = element('p', { className: 'muted' });
  offerStatus.setAttribute('role', 'status');
  const resume = element('button', { id: 'continue', className: 'primary', type: 'button' }, 'Continue');
  const offer = element('div', { id: 'stopped', hidden: true }, element('div', { className: 'card' }, offerText, element('div', { className: 'actions' }, resume), offerStatus));
  offer.setAttribute('role', 'alertdialog');
  offer.setAttribute('aria-labelledby', 'stopped-text');
  stage.prepend(strip);
  stage.append(offer);

  let drawn = '', timer = 0;

  function render(state) {
    const lost = state.status === 'browser-lost';
    if (lost && offer.hidden) {
      resume.disabled = false;
      offerStatus.textContent = '';
      offer.hidden = false;
      resume.focus();
    } else if (!lost) {
      offer.hidden = true;
    }

    const tabs = state.status === 'running' ? state.tabs : [];
    const key = JSON.stringify(tabs);
    if (key === drawn) return;
    drawn = key;
    list.replaceChildren(...tabs.map((tab) => {
      const show = element('button', { type: 'button', className: 'tab', title: tab.title }, tab.title);
      if (tab.active) show.setAttribute('aria-current', 'page');
      show.addEventListener('click', () => act({ id: tab.id, action: 'show' }));
      const item = element('li', { className: tab.active ? 'active' : '' }, show);
      if (tab.closable) {
        const close = element('button', { type: 'button', className: 'close' }, '×');
        close.setAttribute('aria-label', 'Close tab: ' + tab.title);
        close.addEventListener('click', () => act({ id: tab.id, action: 'close' }));
        item.append(close);
      }
      return item;
    }));
    const had = !strip.hidden;
    strip.hidden = tabs.length < 2;
    document.body.classList.toggle('with-tabs', !strip.hidden);
    // The stream's canvas is fitted to the stage, which the strip makes smaller or gives back room to.
    if (had === strip.hidden) window.dispatchEvent(new Event('resize'));
  }

  async function act(body) {
    await post('tab', body).catch(() => {});
    poll();
  }

  resume.addEventListener('click', async () => {
    resume.disabled = true;
    offerStatus.textContent = 'Starting the website again… this takes a few seconds.';
    const reply = await post('continue').catch(() => null);
    if (reply && (reply.ok || reply.status === 409)) {
      // Continued (or the researcher already did): the stream shows the new browser as soon as it paints.
      offer.hidden = true;
    } else {
      offerStatus.textContent = 'The website could not start again: ' + ((reply && (await reply.json().catch(() => ({}))).error) || 'no answer from the lab') + '. Try again in a moment.';
      resume.disabled = false;
    }
    poll();
  });

  async function poll() {
    clearTimeout(timer);
    if (!stage.hidden) {
      try {
        const reply = await fetch('browser');
        if (reply.ok) render(await reply.json());
      } catch {
        // The lab is out of reach for a moment; participant.js tells about a lost connection.
      }
    }
    timer = setTimeout(poll, 1000);
  }

  poll();
})();
