// events.on with { signal } and { close }: break ends the iteration, an abort rejects the pending next() with an AbortError (cause = reason), listeners are removed
const { on, EventEmitter } = require('events');
(async () => {
  const ee = new EventEmitter();
  // break
  setTimeout(() => { ee.emit('tick', 1); ee.emit('tick', 2); ee.emit('tick', 3); }, 1);
  for await (const [n] of on(ee, 'tick')) {
    console.log('tick', n);
    if (n === 2) break;
  }
  console.log('after break listeners', ee.listenerCount('tick'), ee.listenerCount('error'));

  // Aborted before
  try {
    on(ee, 'tick', { signal: AbortSignal.abort('early') });
  } catch (e) {
    console.log('sync throw', e.name, e.code, e.cause);
  }

  // Aborted during the iteration
  const ac = new AbortController();
  setTimeout(() => {
    ee.emit('tick', 'a');
    ee.emit('tick', 'b');
    setTimeout(() => ac.abort('enough'), 1);
  }, 1);
  try {
    for await (const [v] of on(ee, 'tick', { signal: ac.signal })) {
      console.log('value', v);
    }
    console.log('not reached');
  } catch (e) {
    console.log('aborted', e.name, e.code, e.message, 'cause:', e.cause);
  }
  console.log('after abort listeners', ee.listenerCount('tick'), ee.listenerCount('error'));

  // close option: a 'end' event finishes the loop normally
  setTimeout(() => {
    ee.emit('data', 'x');
    ee.emit('end');
    ee.emit('data', 'ignored');
  }, 1);
  for await (const [d] of on(ee, 'data', { close: ['end'] })) {
    console.log('data', d);
  }
  console.log('closed, listeners', ee.listenerCount('data'), ee.listenerCount('end'));

  // Events queued before an abort are still delivered, then the error
  const ac2 = new AbortController();
  const it = on(ee, 'q', { signal: ac2.signal });
  ee.emit('q', 1);
  ac2.abort(new Error('reason object'));
  const r1 = await it.next();
  console.log('queued', r1.value, r1.done);
  try {
    await it.next();
  } catch (e) {
    console.log('then', e.name, e.cause.message);
  }
  console.log('finally', await it.next());

  // An 'error' event
  const it2 = on(ee, 'w');
  setTimeout(() => ee.emit('error', new Error('emitted error')), 1);
  try {
    await it2.next();
  } catch (e) {
    console.log('error event', e.message);
  }
  console.log('done', await it2.next());
})();
