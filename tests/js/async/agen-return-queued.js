// return() and throw() queued behind a pending next(): they are not delivered until the
// generator reaches its yield; the return runs finally, the throw is caught at the yield.
let tick = 0; (function t() { if (tick < 14) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
async function* withFinally() {
  try {
    console.log('A start');
    await null;
    yield 'A1';
    console.log('A not reached');
  } finally {
    console.log('A finally');
  }
}
async function* withCatch() {
  try {
    console.log('B start');
    await null;
    yield 'B1';
    console.log('B not reached');
  } catch (e) {
    console.log('B caught', e);
    yield 'B-after-catch';
  }
  return 'B-end';
}
const a = withFinally();
a.next().then(r => console.log('A next1', r));
a.return('R').then(r => console.log('A return', r));
a.next().then(r => console.log('A next2', r));
const b = withCatch();
b.next().then(r => console.log('B next1', r));
b.throw('boom').then(r => console.log('B throw', r));
b.next().then(r => console.log('B next2', r));
b.next().then(r => console.log('B next3', r));
console.log('sync end');
