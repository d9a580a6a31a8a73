// throw() on a generator that has not started: rejects right away with the exact value (a promise is
// not awaited), the body's catch never runs, and the generator is completed so later calls resolve
// done; the same throw() on a generator suspended at a yield is caught by the body instead.
let tick = 0; (function t() { if (tick < 6) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
async function* g() {
  try { console.log('body runs'); yield 1; } catch (e) { console.log('caught', e); yield 'handled'; }
}
const it = g();
const p1 = it.throw(new TypeError('at start'));
const p2 = it.next('n');
const p3 = it.return('r');
const p4 = it.throw('second');
p1.then(() => console.log('p1 fulfilled?!'), e => console.log('p1 rejected', e.name, e.message));
p2.then(r => console.log('p2', r));
p3.then(r => console.log('p3', r));
p4.catch(e => console.log('p4 rejected', e));
const promiseReason = Promise.resolve('inner');
g().throw(promiseReason).catch(e => console.log('reason is the same promise:', e === promiseReason));
const started = g();
started.next().then(r => console.log('started', r));
started.throw('while suspended').then(r => console.log('started throw', r));
Promise.resolve().then(() => console.log('registered after'));
console.log('sync end');
