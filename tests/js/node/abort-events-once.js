// events.once with { signal }: rejects with an AbortError (cause = reason) when aborted before or while waiting, removes its listeners; works on EventTargets
const { once, EventEmitter } = require('events');
function show(label, e) {
  console.log(label, e.name, e.code, e.message, 'cause:', e.cause instanceof Error ? e.cause.name : e.cause);
}
(async () => {
  const ee = new EventEmitter();
  // Aborted before the call
  try {
    await once(ee, 'x', { signal: AbortSignal.abort('before') });
  } catch (e) {
    show('aborted before', e);
  }
  console.log('listeners', ee.listenerCount('x'), ee.listenerCount('error'));

  // Aborted while waiting
  const ac = new AbortController();
  const p = once(ee, 'x', { signal: ac.signal });
  console.log('waiting listeners', ee.listenerCount('x'), ee.listenerCount('error'));
  setTimeout(() => ac.abort(), 1);
  try {
    await p;
  } catch (e) {
    show('aborted while waiting', e);
  }
  console.log('listeners after abort', ee.listenerCount('x'), ee.listenerCount('error'));

  // Resolved normally: the abort listener is removed (a later abort changes nothing)
  const ac2 = new AbortController();
  setTimeout(() => ee.emit('x', 1, 2), 1);
  console.log('resolved with', await once(ee, 'x', { signal: ac2.signal }));
  ac2.abort();
  console.log('abort after resolve ignored');

  // An 'error' event rejects
  const ac3 = new AbortController();
  setTimeout(() => ee.emit('error', new Error('boom')), 1);
  try {
    await once(ee, 'x', { signal: ac3.signal });
  } catch (e) {
    console.log('error event', e.message);
  }

  // Bad signal
  try {
    await once(ee, 'x', { signal: 'nope' });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }

  // EventTarget: resolves with [event]
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  console.log('EventTarget once', ev.type, ev instanceof Event);

  // EventTarget with a signal aborted while waiting
  const ac4 = new AbortController();
  const p4 = once(et, 'pong', { signal: ac4.signal });
  ac4.abort(new Error('stop waiting'));
  try {
    await p4;
  } catch (e) {
    show('EventTarget aborted', e);
  }
  et.dispatchEvent(new Event('pong'));
  console.log('done');
})();
