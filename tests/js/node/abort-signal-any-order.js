// AbortSignal.any: every dependent signal is marked aborted before any abort event fires, events fire source first then dependents in creation order, and a re-entrant abort of another source keeps the first reason (DOM standard "signal abort", as Node 24; Node 20 aborts the dependents only after the source's listeners)
const controller = new AbortController();
const a = AbortSignal.any([controller.signal]);
const b = AbortSignal.any([a]);
const c = AbortSignal.any([controller.signal, AbortSignal.timeout(100000)]);
const order = [];
controller.signal.addEventListener('abort', () => {
  order.push('source');
  console.log('in source listener', a.aborted, b.aborted, c.aborted, a.reason, b.reason);
  const d = AbortSignal.any([b]);
  console.log('made during the abort', d.aborted, d.reason);
});
a.addEventListener('abort', () => order.push('a'));
b.addEventListener('abort', () => order.push('b'));
c.addEventListener('abort', () => order.push('c'));
controller.abort('why');
console.log(order.join(','));

const c1 = new AbortController();
const c2 = new AbortController();
const both = AbortSignal.any([c1.signal, c2.signal]);
let count = 0;
c1.signal.addEventListener('abort', () => c2.abort('reason 2'));
both.addEventListener('abort', () => { count++; });
c1.abort('reason 1');
console.log('reentrant', count, both.aborted, both.reason, c2.signal.reason);

const already = AbortSignal.abort();
const dep = AbortSignal.any([already]);
console.log('same reason object', dep.reason === already.reason, dep.reason.name);
process.exit(0);
