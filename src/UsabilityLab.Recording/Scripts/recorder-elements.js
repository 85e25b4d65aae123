// UsabilityLab recorder, part 2 of 2: describing elements (selector, tag, text, interactivity, box).
// Not a script of its own: RecorderScript inlines it into recorder.js at its include marker, inside the recorder's
// closure, so it shares that scope (epoch, pending events) and adds nothing to the page's globals.
  // ---- Elements. What is cheap and layout-free (selector, tag, text, interactive by markup) is computed in the
  // input handler and cached per element for the epoch; the cursor:pointer check and the box wait for the seal.
  const INTERACTIVE_TAGS = new Set(['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'LABEL', 'SUMMARY', 'OPTION']);
  const INTERACTIVE_ROLES = new Set(['button', 'link', 'checkbox', 'menuitem', 'tab', 'switch', 'option', 'radio', 'textbox', 'combobox', 'slider']);
  // By markup only (isContentEditable would bring style up to date; the attribute is inherited by the ancestor walk).
  const isInteractive = (el) => {
    if (INTERACTIVE_TAGS.has(el.tagName) && !(el.tagName === 'A' && !el.hasAttribute('href'))) return true;
    if (INTERACTIVE_ROLES.has(el.getAttribute('role'))) return true;
    if (el.hasAttribute('onclick')) return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return true;
    const tabindex = el.getAttribute('tabindex');
    return tabindex !== null && Number(tabindex) >= 0;
  };

  // Text without layout: a bounded walk over the text nodes (innerText would lay the page out), whitespace collapsed,
  // block boundaries as spaces. Unlike innerText it also reads text hidden by CSS.
  const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'TR', 'TD', 'TH',
    'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'MAIN', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'TABLE', 'FORM', 'FIELDSET']);
  const childText = (root) => {
    let out = '', budget = 200, full = false;
    const walk = (node) => {
      for (let n = node.firstChild; n && !full && budget-- > 0; n = n.nextSibling) {
        if (n.nodeType === 3) {
          out += n.data;
          // Indentation can make raw text long: collapse before deciding there is enough.
          if (out.length > 120) { out = out.replace(/\s+/g, ' '); full = out.length > 80; }
        } else if (n.nodeType === 1 && !SKIP_TEXT.has(n.tagName)) {
          const block = BLOCKS.has(n.tagName);
          if (block) out += ' ';
          walk(n);
          if (block) out += ' ';
        }
      }
    };
    walk(root);
    return out.replace(/\s+/g, ' ').trim().slice(0, 60);
  };
  // A button's value is its label; a field's value is what the participant typed and stays out of element text.
  const labelValue = (el) => el.tagName === 'BUTTON' || (el.tagName === 'INPUT' && /^(button|submit|reset)$/.test(el.type)) ? el.value : '';
  const roleOf = (el) => el.getAttribute('role') || ({ A: 'link', BUTTON: 'button', SELECT: 'combobox', TEXTAREA: 'textbox' })[el.tagName] ||
    (el.tagName === 'INPUT' ? (({ checkbox: 'checkbox', radio: 'radio', submit: 'button', button: 'button' })[el.type] || 'textbox') : null);
  const quote = (s) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
  const PLAIN_CLASS = /^[A-Za-z][\w-]*$/;
  const leafClass = (el) => {
    for (let i = 0, list = el.classList; i < list.length; i++) if (PLAIN_CLASS.test(list[i])) return list[i];
    return undefined;
  };
  const cssPath = (el) => {
    const parts = [];
    for (let node = el, depth = 0; node && node.nodeType === 1 && node !== document.body && depth < 3; node = node.parentElement, depth++) {
      const cls = leafClass(node);
      parts.unshift(node.tagName.toLowerCase() + (cls ? '.' + cls : ''));
      if (node.id) { parts[0] = '#' + CSS.escape(node.id); break; }
    }
    return parts.join(' > ');
  };
  // Stable selector: id, data-testid, role + accessible name, else a short CSS path.
  const selectorOf = (el, text) => {
    if (el.id) return '#' + CSS.escape(el.id);
    const testId = el.getAttribute('data-testid');
    if (testId) return '[data-testid=' + quote(testId) + ']';
    const role = roleOf(el), name = el.getAttribute('aria-label') || text;
    if (role && name && name.length <= 40) return 'role=' + role + '[name=' + quote(name) + ']';
    return cssPath(el);
  };
  const described = (el, sel, text, interactive) => ({
    el, sel, tag: el.tagName.toLowerCase(), int: interactive,
    txt: text || labelValue(el) || el.getAttribute('aria-label') || el.getAttribute('alt') || '',
  });
  const descriptions = new WeakMap();
  const describedAs = (el, interactive) => {
    let known = descriptions.get(el);
    if (!known || known.epoch !== epoch || known.d.int !== interactive) {
      const text = childText(el);
      descriptions.set(el, known = { epoch, d: described(el, selectorOf(el, text), text, interactive) });
    }
    return known.d;
  };
  // For a non-interactive target, a nearby ancestor with an id names the element better than an inner <path>.
  const named = (el) => {
    for (let node = el, depth = 0; node && node.nodeType === 1 && depth < 4; node = node.parentElement, depth++) {
      if (node.id || node.hasAttribute('data-testid')) return node;
    }
    return el;
  };
  // A leaf with its own text and a class (the promo's "×") keeps its identity under its named ancestor;
  // anything else non-interactive is named by the ancestor (an svg shape inside #product-photo is the photo).
  const ownText = (el) => {
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test(n.data)) return true;
    return false;
  };
  const describe = (target) => {
    // The element a person meant: the nearest interactive ancestor within a few levels, else the target itself.
    for (let el = target, depth = 0; el && el.nodeType === 1 && depth < 6; el = el.parentElement, depth++) {
      if (isInteractive(el)) return describedAs(el, true);
    }
    const anchor = named(target), cls = leafClass(target);
    if (anchor !== target && cls && ownText(target)) {
      const text = childText(target);
      return described(target, selectorOf(anchor, childText(anchor)) + ' .' + cls, text, false);
    }
    return describedAs(anchor, false);
  };
  const cache = new WeakMap();
  const pendingFor = (target) => {
    let entry = cache.get(target);
    if (!entry || entry.epoch !== epoch) cache.set(target, entry = { epoch, target, d: describe(target), final: null });
    return entry;
  };
  // At the seal: a target styled cursor:pointer is interactive too. cursor is inherited, so one read on the target sees
  // a pointer set on any ancestor, unless the page resets it below (as the demo's inert photo does: "not clickable").
  // Trade-off: our capture listener runs before the page's own click handler; an element that handler removed can no
  // longer be styled or measured, so it keeps its markup-only description and its last known box (or none).
  const resolve = (entry) => {
    if (!entry.final) {
      const pointer = !entry.d.int && entry.target.isConnected && getComputedStyle(entry.target).cursor === 'pointer';
      entry.final = pointer ? describedAs(entry.target, true) : entry.d;
    }
    return entry.final;
  };
  // An element the page hid or removed since has no box any more: it keeps the one it was last seen with.
  const lastBoxes = new WeakMap();
  const boxOf = (el, scroll) => {
    const last = lastBoxes.get(el);
    if (!el.isConnected) return last || null;
    const r = el.getBoundingClientRect();
    if (!r.width && !r.height && last) return last;
    const box = [Math.round(r.left + scroll[0]), Math.round(r.top + scroll[1]), Math.round(r.width), Math.round(r.height)];
    lastBoxes.set(el, box);
    return box;
  };
  const pushElement = (event, index, target, t) => push(slot(event, index, pendingFor(target)), t);

