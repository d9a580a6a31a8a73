// AbortSignal.throwIfAborted throws the reason (any value) once aborted, nothing before
const ac = new AbortController();
ac.signal.throwIfAborted();
console.log('not aborted: no throw');
ac.abort();
try {
  ac.signal.throwIfAborted();
} catch (e) {
  console.log('threw', e.name, e.message, e === ac.signal.reason);
}
for (const reason of ['a string', 7, null, new TypeError('typed')]) {
  const c = new AbortController();
  c.abort(reason);
  try {
    c.signal.throwIfAborted();
  } catch (e) {
    console.log('threw', e === reason, e instanceof Error ? e.message : e);
  }
}
try {
  AbortSignal.prototype.throwIfAborted.call({});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call(new EventTarget());
} catch (e) {
  console.log(e.name, e.code, e.message);
}
