// Re-entrant calls from inside the running body: next()/return() just queue (no TypeError as with
// sync generators) and are answered after the request currently being served.
let it;
async function* g() {
  console.log('body start');
  const p = it.next('from inside');
  console.log('inner next returned a promise:', p instanceof Promise);
  p.then(r => console.log('inner next settled', r));
  const x = yield 'first';
  console.log('x =', x);
  await null;
  it.return('inner return').then(r => console.log('inner return settled', r));
  try {
    yield 'second';
    console.log('not reached');
  } finally {
    console.log('finally');
  }
}
it = g();
it.next('outer').then(r => console.log('outer next settled', r));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'))
  .then(() => console.log('m4')).then(() => console.log('m5')).then(() => console.log('m6'));
function* sync() { try { s.next(); } catch (e) { console.log('sync generator re-entry:', e.name); } yield 1; }
const s = sync();
s.next();
console.log('sync end');
