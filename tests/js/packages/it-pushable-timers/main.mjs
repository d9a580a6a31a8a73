// it-pushable (ESM, "import" condition only, depends on p-defer): for await over a pushable fed by timers, Uint8Array mode, pushableV, errors, onEnd, break
import { pushable, pushableV, AbortError } from 'it-pushable';

// objectMode: any value; pushed from timers with distinct delays.
const source = pushable({ objectMode: true, onEnd: err => console.log('onEnd called, error:', err ?? null) });
setTimeout(() => { console.log('push hello'); source.push('hello'); }, 10);
setTimeout(() => { console.log('push {n:2} and [3]'); source.push({ n: 2 }).push([3]); }, 30);
setTimeout(() => { console.log('end'); source.end(); }, 50);
source.push('buffered first');
console.log('readableLength before reading:', source.readableLength);

for await (const value of source) {
  console.log('got', value, '| buffered now', source.readableLength);
}
console.log('loop finished; push after end is ignored:', source.push('late') === source);

// Default (byte) mode only accepts Uint8Array-like values.
const bytes = pushable();
try {
  bytes.push('not bytes');
} catch (err) {
  console.log('byte mode:', err.message);
}
bytes.push(new TextEncoder().encode('hi'));
bytes.push(Uint8Array.of(33));
bytes.end();
let text = '';
const decoder = new TextDecoder();
for await (const chunk of bytes) {
  text += decoder.decode(chunk, { stream: true });
}
console.log('decoded:', text + decoder.decode());

// pushableV yields everything buffered so far as one array.
const batches = pushableV({ objectMode: true });
batches.push(1);
batches.push(2);
setTimeout(() => { batches.push(3); batches.push(4); batches.push(5); }, 15);
setTimeout(() => batches.end(), 35);
for await (const batch of batches) {
  console.log('batch', batch);
}

// end(err) makes the consumer throw after the buffered values.
const failing = pushable({ objectMode: true });
setTimeout(() => { failing.push('ok'); failing.end(new AbortError('stopped early')); }, 20);
try {
  for await (const v of failing) console.log('before error:', v);
} catch (err) {
  console.log('for await threw:', err.name, err.message, err.code, err.type);
}

// Breaking out of the loop calls return(), which ends the pushable (and runs onEnd).
const endless = pushable({ objectMode: true, onEnd: () => console.log('endless: onEnd after break') });
let i = 0;
const timer = setInterval(() => endless.push(++i), 10);
for await (const v of endless) {
  console.log('endless value', v);
  if (v === 3) break;
}
clearInterval(timer);
console.log('after break, next():', await endless.next());

// onEmpty resolves once the consumer has drained the buffer.
const drained = pushable({ objectMode: true });
drained.push('a');
drained.push('b');
const emptied = drained.onEmpty().then(() => console.log('onEmpty resolved, length', drained.readableLength));
console.log('reading:', (await drained.next()).value, (await drained.next()).value);
await emptied;
