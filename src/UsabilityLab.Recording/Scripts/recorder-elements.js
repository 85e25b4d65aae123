// UsabilityLab recorder, part 2 of 2: describing elements (selector, tag, text, interactivity, box).
// Not a script of its own: RecorderScript inlines it into recorder.js at its include marker, inside the recorder's
// closure, so it shares that scope (pending events, the observer) and adds nothing to the page's globals.
  // ---- Elements. What is cheap and layout-free (selector, tag, text, interactive by markup) is computed in the
  // input handler and cached per element until a mutation could have changed it (see Freshness); the cursor:pointer
  // check and the box wait for the seal.
  const INTERACTIVE_TAGS = new Set(['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'LABEL', 'SUMMARY', 'OPTION']);
  const INTERACTIVE_ROLES = new Set(['button', 'link', 'checkbox', 'menuitem', 'tab', 'switch', 'option', 'radio', 'textbox', 'combobox', 'slider']);
  // By markup only (isContentEditable would bring style up to date; the attribute is inherited by the ancestor walk).
  const isInteractive = (el) => {
    if (INTERACTIVE_TAGS.has(el.tagName) && !(el.tagName === 'A' && !el.hasAttribute('href'))) return true;
    // Most elements on a page carry no attribute, or only class/id/style: one call answers for them.
    if (!el.hasAttributes()) return false;
    if (INTERACTIVE_ROLES.has(el.getAttribute('role'))) return true;
    if (el.hasAttribute('onclick')) return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return true;
    const tabindex = el.getAttribute('tabindex');
    return tabindex !== null && Number(tabindex) >= 0;
  };

  // Text without layout: a bounded walk over the text nodes (innerText would lay the page out), whitespace collapsed,
  // block boundaries as spaces. Unlike innerText it also reads text hidden by CSS. Iterative (no closure, no
  // recursion): it runs for every element described.
  // A person reads a gap wherever boxes stand apart, not only at block tags: a badge and a title side by side in a
  // flex row ("Sale" "Winter sale…"), toolbar buttons ("Open" "Recent"). An element whose computed display is not
  // inline (block, inline-block, flex items, which the flex container blockifies, table cells…) is read with a space
  // on each side; style only, no layout. Plain inline runs (<b>W</b>ord) stay joined, as a person sees them.
  const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'TR', 'TD', 'TH',
    'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'MAIN', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'TABLE', 'FORM', 'FIELDSET']);
  // A detached element has no computed style ('') and is read as markup alone.
  const INLINE = new Set(['inline', 'contents', '']);
  const apart = (el) => BLOCKS.has(el.tagName) || !INLINE.has(styleOf(el).display);
  const childText = (root) => {
    let out = '', budget = 200;
    for (let n = root.firstChild; n !== null && budget-- > 0;) {
      const type = n.nodeType;
      if (type === 3) {
        out += n.data;
        // Indentation can make raw text long: collapse before deciding there is enough.
        if (out.length > 120) { out = out.replace(/\s+/g, ' '); if (out.length > 80) break; }
      } else if (type === 1 && !SKIP_TEXT.has(n.tagName)) {
        if (apart(n)) out += ' ';
        // A slot shows what the component's user put in it (a shadow button's label) instead of its own fallback.
        const slotted = n.tagName === 'SLOT' && n.assignedNodes().length ? n.assignedNodes({ flatten: true }) : null;
        if (slotted !== null) for (const a of slotted) out += ' ' + (a.textContent || '') + ' ';
        else if (n.firstChild !== null) { n = n.firstChild; continue; }
        if (apart(n)) out += ' '; // an empty box (an icon) still stands apart from what follows
      }
      // Next in document order within root; leaving a block element closes it with a space.
      while (n.nextSibling === null) {
        n = n.parentNode;
        if (n === root || n === null) break;
        if (apart(n)) out += ' ';
      }
      n = n === root || n === null ? null : n.nextSibling;
    }
    return out.replace(/\s+/g, ' ').trim().slice(0, 60);
  };
  // A button's value is its label; a field's value is what the participant typed and stays out of element text.
  const labelValue = (el) => el.tagName === 'BUTTON' || (el.tagName === 'INPUT' && /^(button|submit|reset)$/.test(el.type)) ? el.value : '';
  const TAG_ROLES = new Map([['A', 'link'], ['BUTTON', 'button'], ['SELECT', 'combobox'], ['TEXTAREA', 'textbox']]);
  const INPUT_ROLES = new Map([['checkbox', 'checkbox'], ['radio', 'radio'], ['submit', 'button'], ['button', 'button'], ['reset', 'button'],
    ['search', 'searchbox'], ['number', 'spinbutton'], ['range', 'slider']]);
  const roleOf = (el) => el.getAttribute('role') || TAG_ROLES.get(el.tagName) ||
    (el.tagName === 'INPUT' ? INPUT_ROLES.get(el.type) || 'textbox' : null);
  // Most names hold neither a backslash nor a quote: one test instead of two replacements (and two new strings).
  const QUOTED = /[\\"]/;
  const quote = (s) => '"' + (QUOTED.test(s) ? s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : s) + '"';
  // An id that starts with a letter and holds only letters, digits, '_' and '-' is its own CSS identifier (CSS.escape
  // returns it unchanged), so the call into the browser is skipped for it.
  const PLAIN_ID = /^[A-Za-z][\w-]*$/;
  const idSelector = (id) => '#' + (PLAIN_ID.test(id) ? id : CSS.escape(id));
  // Identity must be the same for every participant, so what a framework generates per page load is not used: ids
  // with runs of digits or hex (form-field_2867…, ember1234, a1b2c3d4) or base64 (VToVanE=), React's :r1: ids, and CSS-in-JS class names.
  const GENERATED_ID = /\d{3,}|[:.=+/]|^[0-9a-f]{6,}$|^(ember|ext-gen|mui-|radix-|headlessui-|yui_|gwt-uid)/i;
  const GENERATED_CLASS = /\d{3,}|^(css|sc|jsx|svelte|emotion|styled)-|__[\w-]{5,}$/;
  // An id inside a shadow root is unique only in that root (every text field of a component library has its #input).
  const stableId = (el) => { const id = el.id; return id && !GENERATED_ID.test(id) && !el.getRootNode().host ? id : ''; };
  const PLAIN_CLASS = /^[A-Za-z][\w-]*$/;
  const leafClass = (el) => {
    for (let i = 0, list = el.classList; i < list.length; i++) if (PLAIN_CLASS.test(list[i]) && !GENERATED_CLASS.test(list[i])) return list[i];
    return undefined;
  };
  const cssPath = (el) => {
    const parts = [];
    for (let node = el, depth = 0; node && node.nodeType === 1 && node !== document.body && depth < 3; node = node.parentElement, depth++) {
      const cls = leafClass(node), id = stableId(node);
      parts.unshift(node.tagName.toLowerCase() + (cls ? '.' + cls : ''));
      if (id) { parts[0] = idSelector(id); break; }
    }
    return parts.join(' > ');
  };
  // Test ids are written for exactly this: naming an element the same on every load.
  const TEST_IDS = ['data-testid', 'data-test-id', 'data-test', 'data-cy', 'data-qa'];
  const testIdOf = (el) => {
    if (!el.hasAttributes()) return null;
    for (const name of TEST_IDS) { const v = el.getAttribute(name); if (v) return '[' + name + '=' + quote(v) + ']'; }
    return null;
  };
  const FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
  const textOfIds = (el, ids) => ids.split(/\s+/).map(id => { const t = el.getRootNode().getElementById ? el.getRootNode().getElementById(id) : null; return t ? childText(t) : ''; }).join(' ').trim();
  // The accessible name a person reads (the subset of the ARIA name computation that needs no layout): aria-label,
  // aria-labelledby, a field's label or placeholder, the element's own text, its title or alt.
  const nameOf = (el, text) => {
    if (!el.hasAttributes() && !FIELDS.has(el.tagName)) return text;
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const by = el.getAttribute('aria-labelledby');
    if (by) { const named = textOfIds(el, by); if (named) return named; }
    if (FIELDS.has(el.tagName)) {
      const labels = el.labels;
      if (labels && labels.length) { const t = childText(labels[0]); if (t) return t; }
      return (el.getAttribute('placeholder') || el.getAttribute('title') || '').trim();
    }
    return text || (el.getAttribute('title') || el.getAttribute('alt') || '').trim();
  };
  // Stable selector: a test id, an id no framework generated, role + accessible name, else a short CSS path.
  const selectorOf = (el, text) => {
    const testId = testIdOf(el);
    if (testId) return testId;
    const id = stableId(el);
    if (id) return idSelector(id);
    const role = roleOf(el), name = role ? nameOf(el, text) : '';
    if (role && name && name.length <= 40) return 'role=' + role + '[name=' + quote(name) + ']';
    // Inside a component, the path starts at the component (Playwright's CSS descends into open shadow roots).
    const host = el.getRootNode().host;
    return host ? selectorOf(host, '') + ' ' + cssPath(el) : cssPath(el);
  };
  // id and box memoise the element's interning (see intern in recorder.js).
  const described = (el, sel, text, interactive) => ({
    el, sel, tag: el.tagName.toLowerCase(), int: interactive,
    txt: text || labelValue(el) || nameOf(el, '') || '',
    id: -1, box: undefined,
  });

  // ---- Freshness. A description reads the attributes of its target and of up to 7 ancestors (interactivity within
  // 5 levels, the named ancestor within 3, a CSS path 2 above the described element) and the text under the element
  // it names. So a mutation stamps only what it can change: an element whose described attribute changed, or that
  // was inserted or removed (its ancestors changed: a move), is stamped itself; a text or child-list change stamps
  // every ancestor of the change (their text changed). A cached description stays fresh while no element of its
  // target's chain, nor its text root, carries a later stamp: a change elsewhere on the page costs nothing, and a
  // stale selector or text (which would mis-attribute clicks in the analysis) is never reused.
  const CHAIN = 8;
  // Every attribute the functions above read (style is not one: the cursor is read at the seal).
  const DESCRIBED_ATTRIBUTES = new Set(['id', 'class', 'role', 'aria-label', 'aria-labelledby', 'placeholder', 'title', 'alt',
    'href', 'onclick', 'contenteditable', 'tabindex', 'type', 'value', ...TEST_IDS]);
  // Stamps mean something only while the mutation observer watches: a description made before it started (or
  // resolved then) is never fresh. watchedFrom is the first stamp the observer has seen everything since.
  let stamp = 0, watchedFrom = Infinity;
  const watching = () => stamp >= watchedFrom;
  const watchFrom = () => { stamp++; watchedFrom = stamp; };
  const ownChange = new WeakMap(), textChange = new WeakMap();
  const stampText = (node) => { for (; node && textChange.get(node) !== stamp; node = node.parentNode) textChange.set(node, stamp); };
  const stampNodes = (nodes) => { for (let i = 0; i < nodes.length; i++) if (nodes[i].nodeType === 1) ownChange.set(nodes[i], stamp); };
  const invalidate = (records) => {
    stamp++;
    for (const r of records) {
      if (r.type === 'attributes') { if (DESCRIBED_ATTRIBUTES.has(r.attributeName)) ownChange.set(r.target, stamp); }
      else if (r.type === 'characterData') stampText(r.target.parentNode);
      else { stampText(r.target); stampNodes(r.addedNodes); stampNodes(r.removedNodes); }
    }
  };
  const fresh = (at, el, root) => {
    if (at < watchedFrom) return false; // described while nobody watched the page change
    if (at === stamp) return true; // nothing changed anywhere since
    if ((textChange.get(root) || 0) > at) return false;
    for (let n = el, i = 0; n !== null && i < CHAIN; n = n.parentElement, i++) if ((ownChange.get(n) || 0) > at) return false;
    return true;
  };

  const descriptions = new WeakMap();
  const describedAs = (el, interactive) => {
    let known = descriptions.get(el);
    if (!known || known.d.int !== interactive || !fresh(known.at, el, el)) {
      const text = childText(el);
      descriptions.set(el, known = { at: stamp, d: described(el, selectorOf(el, text), text, interactive) });
    } else known.at = stamp; // found fresh now (see cached)
    return known.d;
  };
  // The parent a person's eye follows: across a shadow root's edge to its host (a web component's inner button is
  // part of the component).
  const composedParent = (n) => n.parentElement || (n.parentNode && n.parentNode.host) || null;
  // For a non-interactive target, a nearby ancestor with an id names the element better than an inner <path>.
  const named = (el) => {
    for (let node = el, depth = 0; node && node.nodeType === 1 && depth < 4; node = composedParent(node), depth++) {
      if (stableId(node) || testIdOf(node)) return node;
    }
    return el;
  };
  // A leaf with its own text and a class (the promo's "×") keeps its identity under its named ancestor;
  // anything else non-interactive is named by the ancestor (an svg shape inside #product-photo is the photo).
  const ownText = (el) => {
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test(n.data)) return true;
    return false;
  };
  // A pending element: its description at event time, the element whose text it read (root, for freshness) and,
  // once a seal has resolved it, its final description as of that stamp.
  const entryFor = (target, d, root) => ({ at: stamp, target, d, root, final: null, finalAt: -1 });
  // The element a person meant: the nearest interactive ancestor within 5 levels. closest() walks the ancestors in
  // native code with a selector every interactive element matches; isInteractive then confirms the candidate (a role
  // that is not interactive, tabindex="-1", an SVG <a>) and the search goes on above a rejected one.
  const MAYBE_INTERACTIVE = 'a,button,input,select,textarea,label,summary,option,[role],[onclick],[contenteditable],[tabindex]';
  // closest() stops at a shadow root's edge: the search goes on from its host.
  const interactiveFor = (target) => {
    for (let from = target; from !== null;) {
      const found = from.closest(MAYBE_INTERACTIVE);
      const next = found === null ? from.getRootNode().host || null : found;
      if (next === null) return null;
      for (let n = target, depth = 0; n !== next; n = composedParent(n)) if (n === null || ++depth > 5) return null;
      if (found !== null && isInteractive(found)) return found;
      from = found === null ? next : composedParent(found);
    }
    return null;
  };
  const describe = (target) => {
    const el = interactiveFor(target);
    if (el !== null) return entryFor(target, describedAs(el, true), el);
    // A part of a component (a dialog's panel, its backdrop) is named for itself: the component's host may have no box
    // of its own, and its text is the whole component's.
    if (target.getRootNode().host) return entryFor(target, describedAs(target, false), target);
    const anchor = named(target), cls = leafClass(target);
    if (anchor !== target && cls && ownText(target)) {
      return entryFor(target, described(target, selectorOf(anchor, childText(anchor)) + ' .' + cls, childText(target), false), anchor);
    }
    return entryFor(target, describedAs(anchor, false), anchor);
  };
  const cache = new WeakMap();
  // A cached answer found fresh at this stamp is re-stamped: later checks then look only at changes made since, and
  // skip the walk while nothing changed at all (stamps only grow, so the answer is the same).
  // The page's observer does not see inside shadow roots the recorder was not told about (a closed or declarative
  // one): an element in a shadow tree is described afresh each time.
  const cached = (target) => {
    let entry = cache.get(target);
    if (!entry || !fresh(entry.at, target, entry.root) || target.getRootNode() !== document) cache.set(target, entry = describe(target));
    else entry.at = stamp;
    return entry;
  };
  const pendingFor = (target) => {
    settle(); // a mutation made earlier in this task is not delivered to the observer yet
    return cached(target);
  };
  // getComputedStyle returns a live declaration: one per element serves every later seal (no new object per read).
  const styles = new WeakMap();
  const styleOf = (el) => { let style = styles.get(el); if (style === undefined) styles.set(el, style = getComputedStyle(el)); return style; };
  // At the seal: a target styled cursor:pointer is interactive too. cursor is inherited, so one read on the target sees
  // a pointer set on any ancestor, unless the page resets it below (as the demo's inert photo does: "not clickable").
  // Trade-off: our capture listener runs before the page's own click handler; an element that handler removed can no
  // longer be styled or measured, so it keeps its markup-only description and its last known box (or none).
  // Computed style changes without a described attribute changing (a style attribute, a stylesheet): the answer is
  // reused only while nothing at all has changed.
  const resolve = (entry) => {
    if (entry.finalAt !== stamp || !watching()) {
      const pointer = !entry.d.int && entry.target.isConnected && styleOf(entry.target).cursor === 'pointer';
      entry.final = pointer ? describedAs(entry.target, true) : entry.d;
      entry.finalAt = stamp;
    }
    return entry.final;
  };
  const pushElement = (event, index, target, t) => push(slot(event, index, pendingFor(target)), t);
  // An event from inside an open shadow root reaches the window retargeted to its host; the element a person clicked
  // or typed in is the first element of the composed path. Text a component slots in is the host's own child, so a
  // click on it stops at the host: the shadow root is asked what lies under the pointer (the component's inner button).
  const targetOf = (e, x, y) => {
    let t = e.target;
    if (!(t instanceof Element) || t.shadowRoot === null) return t;
    const first = e.composedPath()[0];
    if (first instanceof Element) t = first;
    for (let depth = 0; x !== undefined && t.shadowRoot && depth < 4; depth++) {
      const inner = t.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === t) break;
      t = inner;
    }
    return t;
  };
  // A click on a label is handed on to its field as a second click; the person clicked once, on the label.
  let lastLabel = null, lastLabelAt = -1;
  const forwardedByLabel = (target, t) => {
    const forwarded = lastLabel !== null && lastLabel.control === target && t - lastLabelAt < 50;
    lastLabel = forwarded ? null : target.closest('label'); lastLabelAt = t;
    return forwarded;
  };
