// A throw inside finally replaces the pending completion: return() rejects with it, a yielded value
// is lost; later next() calls resolve done. An await before the throw delays the rejection.
let tick = 0; (function t() { if (tick < 8) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
async function* onReturn() {
  try { yield 1; } finally { await null; throw new Error('finally threw'); }
}
async function* onNormal() {
  try { yield 1; return 'normal'; } finally { throw new TypeError('normal overridden'); }
}
async function* caughtInside() {
  try {
    try { yield 1; } finally { throw new Error('inner'); }
  } catch (e) {
    console.log('caughtInside caught', e.message);
    yield 'replacement';
  }
}
const a = onReturn(), b = onNormal(), c = caughtInside();
Promise.all([a.next(), b.next(), c.next()]).then(() => {
  console.log('all started');
  a.return('ignored').then(r => console.log('a fulfilled?!', r), e => console.log('a.return rejected', e.message));
  a.next().then(r => console.log('a next', r));
  b.next().then(r => console.log('b fulfilled?!', r), e => console.log('b.next rejected', e.name, e.message));
  b.next().then(r => console.log('b next', r));
  c.return('r').then(r => console.log('c.return', r));
  c.next().then(r => console.log('c next', r));
});
