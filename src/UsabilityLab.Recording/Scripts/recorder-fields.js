// Part of recorder.js, inlined at its include marker (one closure in the page): what people do in form fields —
// typing (its length; the value only where the study opts in, a password never), changes, submits, invalid fields
// and the keys that move through a form. Uses push, slot, at, KIND, config and the element helpers of recorder.js.
  const mayRecordValue = (el) => el.type !== 'password' && config.recordValues.some(s => { try { return el.matches(s); } catch (_) { return false; } });
  const recordField = (kind, el, t) => {
    // The field itself (not an interactive ancestor), its value's length; the value only where the study allows.
    const entry = entryFor(el, described(el, selectorOf(el, ''), '', true), el);
    entry.d.txt = ''; // the value (or nothing) is the event's own field
    const event = [kind, 0, 0, (el.value || '').length];
    if (mayRecordValue(el)) event.push(String(el.value).slice(0, 60));
    if (el.type === 'password') event.push('', 'password');
    push(slot(event, 2, entry), t);
  };
  // One input event per typing burst (keys less than 300 ms apart), stamped when the burst began: when a person
  // started typing tells that the click into the field before was the start of using it (Core's dead-click rule),
  // however long the typing took; the value's length is read when the burst ends.
  const typing = new Map();
  const typed = (el) => { const burst = typing.get(el); typing.delete(el); cancel(burst.timer); recordField(KIND.input, el, burst.began); };
  // Bursts still open when the runner drains the buffer (the task ends) or the page goes are recorded then.
  const endTyping = () => { for (const el of [...typing.keys()]) typed(el); };
  addEventListener('input', (e) => {
    const el = targetOf(e);
    if (!(el instanceof HTMLElement) || ignored(e)) return;
    const burst = typing.get(el);
    if (burst) cancel(burst.timer);
    typing.set(el, { began: burst ? burst.began : at(e), timer: later(() => typed(el), 300) });
  }, true);
  addEventListener('change', (e) => { const el = targetOf(e); if (el instanceof HTMLElement && !ignored(e)) recordField(KIND.change, el, at(e)); }, true);
  addEventListener('submit', (e) => { if (!ignored(e)) pushElement([KIND.submit, 0, 0], 2, e.target, at(e)); }, true);
  addEventListener('invalid', (e) => { if (!ignored(e)) pushElement([KIND.invalid, 0, 0, e.target.validationMessage || ''], 2, e.target, at(e)); }, true);
  addEventListener('keydown', (e) => {
    if (!['Enter', 'Escape', 'Tab'].includes(e.key) || ignored(e)) return;
    const el = targetOf(e);
    if (el instanceof Element) pushElement([KIND.key, 0, e.key, 0], 3, el, at(e));
    else push([KIND.key, 0, e.key], at(e));
  }, true);
