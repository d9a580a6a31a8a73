// yield of a thenable: its then() is looked up and called in a later microtask (one more tick than a
// native promise); a thenable whose then() throws makes the yield throw inside the generator.
let tick = 0; (function t() { if (tick < 10) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
const thenable = {
  get then() { console.log('get then'); return (res) => { console.log('then() called'); res('thenable value'); }; },
};
const throwing = { then() { throw new Error('then threw'); } };
const asyncThenable = { then(res) { console.log('async then() called'); queueMicrotask(() => res('resolved in microtask')); } };
async function* g() {
  yield thenable;
  console.log('after thenable');
  try {
    yield throwing;
    console.log('not reached');
  } catch (e) {
    console.log('caught at yield:', e.message);
  }
  yield asyncThenable;
  yield 'plain';
}
const it = g();
for (let i = 0; i < 4; i++) it.next().then(r => console.log('next', i, r));
console.log('sync end');
