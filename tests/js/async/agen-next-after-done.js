// Calls on a completed generator: next() resolves {undefined, done} without re-entering the body,
// throw() rejects immediately, return(v) awaits v first (thenables take longer), and requests queued
// behind a pending return wait for it; all compared against a tick counter.
let tick = 0; (function t() { if (tick < 10) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
let bodyRuns = 0;
async function* g() { bodyRuns++; console.log('body'); return 'fin'; }
const it = g();
it.next().then(async r => {
  console.log('first', r);
  const base = tick;
  const at = () => '+' + (tick - base);
  it.next('x').then(r => console.log('next after done', r, at()));
  it.throw(new Error('late')).catch(e => console.log('throw after done', e.message, at()));
  it.return('plain').then(r => console.log('return plain', r, at()));
  it.return(Promise.resolve('promised')).then(r => console.log('return promise', r, at()));
  it.next().then(r => console.log('next behind returns', r, at()));
  it.throw('queued throw').catch(e => console.log('queued throw rejected', e, at()));
  it.return(Promise.reject(new Error('rej'))).catch(e => console.log('return rejected', e.message, at()));
  it.return({ then(res) { res('thenable'); } }).then(r => console.log('return thenable', r, at()));
  it.next().then(r => console.log('last next', r, at(), 'body runs:', bodyRuns));
});
console.log('sync end');
