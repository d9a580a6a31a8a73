// AbortSignal.abort(reason): an already aborted signal, default DOMException reason, listeners never fire
const s = AbortSignal.abort();
console.log(s instanceof AbortSignal, s instanceof EventTarget, s.aborted, s.reason.name, s.reason.message, s.reason.code);
s.addEventListener('abort', () => console.log('never fires'));
s.onabort = () => console.log('never fires either');
const r = { custom: true };
const s2 = AbortSignal.abort(r);
console.log(s2.aborted, s2.reason === r);
console.log(AbortSignal.abort(undefined).reason.name, AbortSignal.abort(null).reason);
console.log(AbortSignal.abort() !== AbortSignal.abort());
try {
  s.throwIfAborted();
} catch (e) {
  console.log('throwIfAborted', e.name);
}
try {
  new AbortSignal();
} catch (e) {
  console.log(e.name, e.code, e.message, String(e));
}
console.log(s);
setTimeout(() => console.log('end, nothing fired'), 5);
