// Part of recorder.js, inlined at its include marker (one closure in the page): the UI state a click lands in. A single
// page app shows an editor, a dialog or an expanded panel at the same URL, and a heatmap drawn over the page as it
// loaded puts those clicks on unrelated text. So the view gets a structural signature: which element paths (tag names
// from the body down, into open shadow roots) are rendered, and roughly how many of each (the base-2 order of the
// count, so a list growing from 5 to 6 items is the same view, one growing from 1 to 2 or 8 to 16 is not). Text,
// classes and styles are left out: a counter ticking or a hover colour is not another view. Computed only when the
// DOM changed since the last signature (the mutation observer sets stateDirty), before a click is recorded and when
// the runner asks (Runner/SnapshotTaker.cs) to keep a picture of a view it has not kept yet. Uses push and KIND of
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
  const signature = () => {
    const counts = new Map(), stack = [];
    let budget = STATE_LIMIT;
    const visit = (first, parentCode) => { for (let el = first; el !== null; el = el.nextElementSibling) stack.push(el, parentCode); };
    if (document.body) visit(document.body, 0);
    while (stack.length && budget-- > 0) {
      const parentCode = stack.pop(), el = stack.pop();
      if (!rendered(el)) continue;
      const code = Math.imul(parentCode ^ tagCode(el.tagName), 16777619) >>> 0;
      counts.set(code, (counts.get(code) || 0) + 1);
      if (editable(el)) continue;
      if (el.shadowRoot) visit(el.shadowRoot.firstElementChild, code ^ 1);
      visit(el.firstElementChild, code);
    }
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
    if (stateDirty) { stateDirty = false; stateHash = signature(); }
    return stateHash;
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
