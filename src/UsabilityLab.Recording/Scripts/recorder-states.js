// Part of recorder.js, inlined at its include marker (one closure in the page): the UI state a click lands in. A single
// page app shows an editor, a dialog or an expanded panel at the same URL, and a heatmap drawn over the page as it
// loaded puts those clicks on unrelated text. So the view gets a structural signature: which element paths (tag names
// from the body down, into open shadow roots) are rendered, and roughly how many of each (the base-2 order of the
// count, so a list growing from 5 to 6 items is the same view, one growing from 1 to 2 or 8 to 16 is not). Text,
// classes and styles are left out: a counter ticking or a hover colour is not another view. Brought up to date only
// when the DOM changed since the last signature (the mutation observer calls viewChanged), before a click is recorded
// and when the runner asks (Runner/SnapshotTaker.cs) to keep a picture of a view it has not kept yet. Uses push and KIND of
// recorder.js, the built-ins of recorder-builtins.js and child of recorder-frames.js.
  const STATE_LIMIT = 5000; // elements walked at most: a huge page's signature covers its first ones
  let stateDirty = true, stateHash = '', stateSent = '';
  const tagCodes = new Map();
  const tagCode = (tag) => {
    let code = tagCodes.get(tag);
    if (code === undefined) {
      code = 2166136261;
      for (let i = 0; i < tag.length; i++) code = Math.imul(code ^ tag.charCodeAt(i), 16777619);
      tagCodes.set(tag, code);
    }
    return code;
  };
  // Rendered, or a box-less wrapper (display: contents) whose children may be; everything else skips its subtree.
  const rendered = (el) => el.checkVisibility() || (el.firstElementChild !== null && getComputedStyle(el).display === 'contents');
  // An editor's own content (what the participant types) is not a view of the application.
  const editable = (el) => el.hasAttributes() && el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false';
  // The counts are kept between signatures and brought up to date from the mutation records, so a click after a
  // class toggled on one card or a row added to a list costs that card or row, not a walk of the whole page
  // (a walk of a few thousand elements costs milliseconds). codes: element -> its path code while counted, false
  // when it was looked at and is not rendered (its subtree is not counted); absent: never looked at.
  let counts = new Map(), codes = new WeakMap(), counted = 0, overBudget = false, incremental = false, pending = [], updates = 0;
  // CSS the records cannot follow (:has(), a far sibling's selector) could leave the counts behind: a whole walk now
  // and then puts them right.
  const FULL_EVERY = 25;
  const children = (el, code, stack) => {
    if (el.shadowRoot) for (let c = el.shadowRoot.firstElementChild; c !== null; c = c.nextElementSibling) stack.push(c, code ^ 1);
    for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) stack.push(c, code);
  };
  const add = (code, n) => { const left = (counts.get(code) || 0) + n; if (left) counts.set(code, left); else counts.delete(code); counted += n; };
  // Counts el and its rendered subtree under its parent's path code; a full walk stops after STATE_LIMIT elements.
  const tally = (stack, budget) => {
    while (stack.length && budget-- > 0) {
      const parentCode = stack.pop(), el = stack.pop();
      if (!rendered(el)) { codes.set(el, false); continue; }
      const code = Math.imul(parentCode ^ tagCode(el.tagName), 16777619) >>> 0;
      codes.set(el, code); add(code, 1);
      if (!editable(el)) children(el, code, stack);
    }
    return budget < 0;
  };
  // Takes el and what was counted below it out (it was removed, or is no longer rendered).
  const untally = (el) => {
    for (const stack = [el, 0]; stack.length;) {
      stack.pop();
      const e = stack.pop(), code = codes.get(e);
      codes.delete(e);
      if (typeof code !== 'number') continue;
      add(code, -1);
      children(e, code, stack);
    }
  };
  // The path code the children of node (an element or a shadow root) are counted under; undefined: they are not.
  const codeBelow = (node) => {
    if (node === null) return undefined;
    if (node.nodeType === 11) { const c = node.host ? codes.get(node.host) : undefined; return typeof c === 'number' && !editable(node.host) ? c ^ 1 : undefined; }
    if (node === document.documentElement) return 0; // body and what follows it (see walkAll)
    const c = codes.get(node);
    return typeof c === 'number' && !editable(node) ? c : undefined;
  };
  const walkAll = () => {
    counts = new Map(); codes = new WeakMap(); counted = 0;
    const stack = [];
    for (let el = document.body; el; el = el.nextElementSibling) stack.push(el, 0);
    overBudget = tally(stack, STATE_LIMIT);
  };
  // After an attribute change: the element, the counted elements below it and its next siblings (a selector on its
  // class may show or hide any of them: .open .menu, .open + .menu) are compared with what was counted.
  const SIBLINGS = 20;
  // One element whose own rendering may have flipped (a sibling's selector, :empty): counted or taken out with its subtree.
  const flip = (n, below) => {
    const was = codes.get(n);
    if (typeof was === 'number' ? rendered(n) : !rendered(n)) return;
    if (typeof was === 'number') { untally(n); codes.set(n, false); } else { codes.delete(n); tally([n, below], Infinity); }
  };
  const siblingsFrom = (n, below) => { for (let i = 0; n !== null && i < SIBLINGS; n = n.nextElementSibling, i++) flip(n, below); };
  const recheck = (el) => {
    const below = codeBelow(el.parentNode);
    if (below === undefined || !el.isConnected) return;
    siblingsFrom(el.nextElementSibling, below);
    const stack = [el, below];
    while (stack.length) {
      const parentCode = stack.pop(), e = stack.pop(), was = codes.get(e);
      if (typeof was !== 'number') { codes.delete(e); tally([e, parentCode], Infinity); continue; }
      if (!rendered(e)) { untally(e); codes.set(e, false); continue; }
      if (!editable(e)) children(e, was, stack);
    }
  };
  const elements = (nodes) => { for (let i = 0; i < nodes.length; i++) if (nodes[i].nodeType === 1) return true; return false; };
  const apply = (r) => {
    if (r.type === 'attributes') {
      if (r.target === document.documentElement || r.attributeName === 'contenteditable') incremental = false; // (a theme class on <html>)
      else recheck(r.target);
      return;
    }
    for (let i = 0; i < r.removedNodes.length; i++) if (r.removedNodes[i].nodeType === 1) untally(r.removedNodes[i]);
    // The list itself (:empty) and what now follows the change (+ and ~ selectors) may be shown or hidden too.
    const parent = r.target;
    if (parent.nodeType === 1 && parent !== document.documentElement && parent.isConnected) {
      const above = codeBelow(parent.parentNode);
      if (above !== undefined) flip(parent, above);
    }
    const below = codeBelow(parent);
    if (below === undefined) return;
    for (let i = 0; i < r.addedNodes.length; i++) {
      const n = r.addedNodes[i];
      if (n.nodeType !== 1 || !n.isConnected || codes.has(n) || n.parentNode !== parent) continue;
      if (parent === document.documentElement && !(document.body && document.body.compareDocumentPosition(n) & 4)) continue;
      tally([n, below], Infinity);
    }
    const next = r.nextSibling;
    if (next !== null && next.parentNode === parent) siblingsFrom(next.nodeType === 1 ? next : next.nextElementSibling, below);
  };
  // A new viewport width (media queries), new style rules or a shadow root attached: everything is looked at again.
  const viewReset = () => { stateDirty = true; incremental = false; pending = []; };
  const STYLING = /^(STYLE|LINK)$/;
  const styling = (nodes) => { for (let i = 0; i < nodes.length; i++) if (STYLING.test(nodes[i].nodeName)) return true; return false; };
  // From the mutation observer: what may change the view (text changing, a counter or a clock, never does; a style
  // sheet's text does).
  const viewChanged = (records) => {
    for (const r of records) {
      const target = r.target;
      if (STYLING.test(target.nodeName) || (target.parentNode !== null && STYLING.test(target.parentNode.nodeName)) || target === document.head
        || (r.type === 'childList' && (styling(r.addedNodes) || styling(r.removedNodes)))) { viewReset(); continue; }
      if (r.type === 'characterData' || (r.type === 'childList' && !elements(r.addedNodes) && !elements(r.removedNodes))) continue;
      stateDirty = true;
      if (incremental && pending.push(r) > 1000) { incremental = false; pending = []; }
    }
  };
  const hashOf = () => {
    // Order-free combination of the (path, order of count) pairs: two sums over a 32-bit mix of each.
    let sum = 0, xor = 0;
    for (const [code, count] of counts) {
      const mixed = Math.imul(code ^ (31 - Math.clz32(count)), 2654435761) >>> 0;
      sum = (sum + mixed) >>> 0;
      xor = (xor ^ Math.imul(mixed ^ (mixed >>> 15), 2246822519)) >>> 0;
    }
    return ('0000000' + sum.toString(16)).slice(-8) + ('0000000' + xor.toString(16)).slice(-8);
  };
  const uiState = () => {
    if (!stateDirty) return stateHash;
    stateDirty = false;
    const records = pending;
    pending = [];
    if (incremental && !overBudget && ++updates < FULL_EVERY) for (const r of records) { apply(r); if (!incremental) break; }
    else incremental = false;
    if (!incremental || overBudget || counted > STATE_LIMIT) { walkAll(); updates = 0; }
    incremental = true;
    return stateHash = hashOf();
  };
  // Before a click: the state it lands in, sent when it is not the one sent last in this document and route (so the
  // event stream says which view every click of the top page was made in). Child frames keep to the top page's.
  const noteState = (t) => {
    if (child) return;
    const hash = uiState();
    if (hash === stateSent) return;
    stateSent = hash;
    push([KIND.state, 0, hash], t);
  };
