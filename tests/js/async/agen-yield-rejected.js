// yield of a rejected promise throws at the yield (before anything is yielded): caught inside the
// generator it is invisible to the consumer; uncaught it rejects the pending next() and ends the generator.
async function* caught() {
  try {
    yield Promise.reject(new Error('first'));
    console.log('not reached');
  } catch (e) {
    console.log('generator caught', e.message);
  }
  yield 'after catch';
}
async function* uncaught() {
  yield 'ok';
  yield Promise.reject(new RangeError('escaped'));
  console.log('not reached');
}
async function main() {
  const a = caught();
  console.log('a', await a.next());
  console.log('a', await a.next());
  const b = uncaught();
  const p1 = b.next(), p2 = b.next(), p3 = b.next();
  console.log('b', await p1);
  try { await p2; } catch (e) { console.log('b rejected', e.name, e.message); }
  console.log('b', await p3);
  console.log('b', await b.next());
}
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'))
  .then(() => console.log('m4')).then(() => console.log('m5')).then(() => console.log('m6'));
main().then(() => console.log('main done'));
