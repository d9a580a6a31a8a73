// events.on over an EventTarget with { signal }: yields [event] for each dispatch, an abort rejects with AbortError and removes the listener
const { on, getEventListeners } = require('events');
(async () => {
  const et = new EventTarget();
  const ac = new AbortController();
  setTimeout(() => {
    et.dispatchEvent(new CustomEvent('msg', { detail: 'one' }));
    et.dispatchEvent(new CustomEvent('msg', { detail: 'two' }));
    setTimeout(() => ac.abort(new Error('closing')), 1);
  }, 1);
  const it = on(et, 'msg', { signal: ac.signal });
  console.log('listening', getEventListeners(et, 'msg').length, getEventListeners(ac.signal, 'abort').length);
  try {
    for await (const [event] of it) {
      console.log('got', event.type, event.detail, event instanceof CustomEvent);
    }
  } catch (e) {
    console.log(e.name, e.code, 'cause:', e.cause.message);
  }
  console.log('after', getEventListeners(et, 'msg').length, getEventListeners(ac.signal, 'abort').length);

  // break removes the EventTarget listener and the abort listener
  const ac2 = new AbortController();
  setTimeout(() => et.dispatchEvent(new Event('b')), 1);
  for await (const [event] of on(et, 'b', { signal: ac2.signal })) {
    console.log('break on', event.type);
    break;
  }
  console.log('after break', getEventListeners(et, 'b').length, getEventListeners(ac2.signal, 'abort').length);
})();
