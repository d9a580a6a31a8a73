// A throw after an await rejects the pending next() (not synchronously), next() calls already queued
// behind it resolve { value: undefined, done: true }, as do later calls; a then-chain shows the ticks.
let tick = 0; (function t() { if (tick < 8) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
class CustomError extends Error { constructor(m) { super(m); this.name = 'CustomError'; } }
let finallyRan = false;
async function* g() {
  try {
    yield 'ok';
    await null;
    throw new CustomError('after await');
  } finally {
    finallyRan = true;
  }
}
const it = g();
const p1 = it.next();
const p2 = it.next();
const p3 = it.next();
const p4 = it.return('r');
console.log('sync end');
p1.then(r => console.log('p1', r));
p2.then(r => console.log('p2 fulfilled?!', r), e => console.log('p2 rejected', e.name, e.message, e instanceof CustomError, 'finally ran:', finallyRan));
p3.then(r => console.log('p3', r));
p4.then(r => console.log('p4', r));
setTimeout(() => {
  it.next().then(r => console.log('later next', r));
  it.throw(new Error('later throw')).catch(e => console.log('later throw rejected', e.message));
}, 1);
