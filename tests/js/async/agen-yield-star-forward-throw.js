// throw() on a generator delegating with yield* is forwarded to the inner iterator's throw(): an
// inner generator that catches keeps the delegation going; one that does not propagates outwards.
async function* catcher() {
  while (true) {
    try { yield 'catcher ready'; } catch (e) { console.log('catcher caught', e); await null; }
  }
}
async function* passer() {
  try { yield 'passer ready'; } finally { console.log('passer finally'); }
}
async function* outer(innerGen) {
  try {
    const r = yield* innerGen();
    console.log('yield* completed', r);
  } catch (e) {
    console.log('outer caught', e);
    yield 'outer recovered';
  }
}
async function main() {
  const a = outer(catcher);
  console.log(await a.next());
  console.log('a throw', await a.throw('e1'));
  console.log('a throw', await a.throw('e2'));
  console.log('a return', await a.return('done'));
  const b = outer(passer);
  console.log(await b.next());
  console.log('b throw', await b.throw('e3'));
  console.log('b next', await b.next());
}
main();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3')).then(() => console.log('m4'));
