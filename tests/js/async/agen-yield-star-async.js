// yield* over another async generator: values, next() arguments and the inner return value flow
// through; the delegation adds no await per step beyond the inner generator's own (tick counter).
let tick = 0; (function t() { if (tick < 14) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
async function* inner() {
  const a = yield 'i1';
  console.log('inner got', a);
  await null;
  const b = yield 'i2';
  console.log('inner got', b);
  return 'inner result';
}
async function* outer() {
  yield 'o1';
  const r = yield* inner();
  console.log('yield* evaluated to', r);
  yield 'o2';
}
async function* direct() {
  const a = yield 'd1';
  console.log('direct got', a);
  await null;
  const b = yield 'd2';
  console.log('direct got', b);
}
const it = outer();
const dt = direct();
const labels = ['A', 'B', 'C', 'D', 'E'];
labels.forEach(l => it.next(l).then(r => console.log('outer next', l, r)));
['x', 'y', 'z'].forEach(l => dt.next(l).then(r => console.log('direct next', l, r)));
console.log('sync end');
