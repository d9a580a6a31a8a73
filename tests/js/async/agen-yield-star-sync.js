// yield* over sync iterables (generator, array, string, Set) goes through the async-from-sync
// wrapper: next() arguments reach the sync generator, its return value is the yield* result, and
// throw()/return() are forwarded to it, including a yield inside its finally during return().
let tick = 0; (function t() { if (tick < 12) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
function* syncGen() {
  console.log('syncGen start');
  const a = yield 's1';
  console.log('syncGen got', a);
  const b = yield 's2';
  console.log('syncGen got', b);
  return 'sync result';
}
async function* outer() {
  const r = yield* syncGen();
  console.log('yield* result', r);
  yield* ['a1', 'a2'];
  yield* 'hi';
  const setResult = yield* new Set(['set']);
  console.log('set result', setResult);
}
function* guarded() {
  try { yield 'g1'; } catch (e) { console.log('guarded caught', e); yield 'from catch'; }
  finally { console.log('guarded finally'); yield 'from finally'; console.log('guarded finally end'); }
}
async function* wrapper() { const r = yield* guarded(); console.log('wrapper yield* result', r); }
async function main() {
  const it = outer();
  const seen = [];
  let r = await it.next('ignored');
  let n = 0;
  while (!r.done) {
    seen.push(r.value);
    r = await it.next('arg' + ++n);
  }
  console.log('seen', seen.join(' '));
  const w = wrapper();
  const steps = [w.next(), w.throw('T'), w.return(Promise.resolve('R')), w.next('N'), w.next()];
  for (const p of steps) console.log('wrapper', await p);
}
main();
console.log('sync end');
