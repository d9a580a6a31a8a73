// AbortSignal.any: a dependent signal aborted by the first input to abort, with its reason; already aborted inputs; nested any
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
console.log('initially', any.aborted, any instanceof AbortSignal);
a.signal.addEventListener('abort', () => console.log('a abort event, any.aborted =', any.aborted));
any.addEventListener('abort', () => console.log('any abort event, reason', any.reason));
b.abort('b reason');
a.abort('a reason');
console.log('after', any.aborted, any.reason, a.signal.reason);

// An input already aborted: the result is aborted at once with that input's reason
const c = new AbortController();
c.abort('early');
const d = new AbortController();
const any2 = AbortSignal.any([d.signal, c.signal, AbortSignal.abort('later in list')]);
console.log('already aborted input', any2.aborted, any2.reason);

// Empty list: never aborted
const empty = AbortSignal.any([]);
console.log('empty', empty.aborted);

// Nested: any of any
const e = new AbortController();
const f = new AbortController();
const inner = AbortSignal.any([e.signal]);
const outer = AbortSignal.any([inner, f.signal]);
outer.onabort = () => console.log('outer aborted', outer.reason);
inner.onabort = () => console.log('inner aborted', inner.reason);
e.abort('from e');
console.log(inner.aborted, outer.aborted);

// The same signal twice, and a timeout as an input
const g = new AbortController();
const twice = AbortSignal.any([g.signal, g.signal]);
let count = 0;
twice.onabort = () => count++;
g.abort();
console.log('twice', twice.aborted, count, twice.reason.name);
// (the inputs are kept referenced so the test does not depend on garbage collection)
const keep = new AbortController();
const timeoutSignal = AbortSignal.timeout(10);
const withTimeout = AbortSignal.any([keep.signal, timeoutSignal]);
withTimeout.onabort = () => console.log('timeout input', withTimeout.reason.name, withTimeout.reason === timeoutSignal.reason);
setTimeout(() => console.log('end', withTimeout.aborted, timeoutSignal.aborted, keep.signal.aborted), 30);

for (const bad of [null, 'x', [null], [{}], [a.signal, 1]]) {
  try {
    AbortSignal.any(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
