// Part of recorder.js, inlined at its include marker (one closure in the page): DOM mutations. Counts them (dead
// clicks), keeps cached element descriptions fresh (invalidate, watchFrom from recorder-elements.js) and notes the count
// at each trusted input for the runner. Uses push, now, KIND, the panel helpers and the mutation counters of recorder.js.
  // Mutation counts tell a dead click from a working one; the first mutation after a quiet spell is sent at once
  // (its time matters), later ones are summed per 100 ms to keep the stream small.
  const emitMutations = () => { mutationTimer = 0; if (pendingMutations) { lastMutation = now(); push([KIND.mutation, 0, pendingMutations], lastMutation); pendingMutations = 0; } };
  // Records are handled by the observer's callback, or earlier by settle() when an event needs fresh descriptions
  // before the callback's microtask has run (a page handler that changes the DOM, then focuses an element).
  const observed = (records) => {
    invalidate(records);
    if (!panelUnknown && records.some(touchesPanel)) panelUnknown = true;
    const ours = panelOnPage()
      ? records.filter(r => !(r.target.nodeType === 1 && r.target.closest && r.target.closest(IGNORED))).length
      : records.length;
    if (!ours) return;
    // Text changing (a counter, a clock) is not another view: the signature is read again only after other changes.
    viewChanged(records);
    pendingMutations += ours;
    reactions += ours;
    if (now() - lastMutation >= MUTATION_MS) emitMutations();
    else if (!mutationTimer) mutationTimer = later(emitMutations, MUTATION_MS);
  };
  const observer = new MutationObserver(observed);
  // The parser's own insertions are not reactions to anything, so watching starts at DOMContentLoaded: a record for
  // every node the parser inserts cost more than the rest of the recorder on a page load (records, their delivery,
  // and the garbage). Descriptions made before then are never taken as fresh (see watchFrom).
  // A panel added before then was not seen being added: look for it again too.
  const WATCHED = { subtree: true, childList: true, attributes: true, characterData: true };
  // Web components keep their DOM in shadow roots, which an observer of the document does not see: a click that opens
  // a component's panel would look dead. Every shadow root attached from the start (open or closed: the page hands
  // the root to whoever calls attachShadow) is watched as well, once watching starts.
  const shadowRoots = [];
  let watchingShadows = false;
  const attachShadow = Element.prototype.attachShadow;
  if (attachShadow) {
    Element.prototype.attachShadow = function (init) {
      const root = attachShadow.call(this, init);
      if (watchingShadows) { observer.observe(root, WATCHED); viewReset(); } else shadowRoots.push(root);
      return root;
    };
  }
  const watch = () => {
    observer.observe(document, WATCHED);
    watchingShadows = true;
    for (const root of shadowRoots.splice(0)) observer.observe(root, WATCHED);
    watchFrom(); panelUnknown = true;
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { capture: true, once: true });
  else watch();
  const settle = () => { const records = observer.takeRecords(); if (records.length) observed(records); };
  // After a click or key press the runner asks whether the page changed since (Runner/EffectSeen.cs): the count
  // when its input arrived is noted here, so the runner needs no call of its own before acting. These listeners
  // come before any page script's, so no handler of the same input has changed the page yet.
  let actionMark = null;
  const markAction = (e) => { if (e.isTrusted) actionMark = reactions; };
  addEventListener('pointerdown', markAction, true);
  addEventListener('keydown', markAction, true);
