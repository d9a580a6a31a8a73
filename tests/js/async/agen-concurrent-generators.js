// Four async generators consumed concurrently by for-await loops (plus one driven by hand): their
// steps interleave in a fixed microtask order set by how many awaits each step takes (tick counter).
let tick = 0; (function t() { if (tick < 18) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
async function* fast() { for (let i = 1; i <= 3; i++) yield 'fast' + i; }
async function* slow() { for (let i = 1; i <= 2; i++) { await null; await null; yield 'slow' + i; } }
async function* viaPromise() { for (let i = 1; i <= 2; i++) yield Promise.resolve('promise' + i); }
async function* viaThenable() { for (let i = 1; i <= 2; i++) yield { then(r) { r('thenable' + i); } }; }
async function drain(name, gen) {
  for await (const v of gen) console.log(name, 'got', v);
  console.log(name, 'finished');
}
drain('A', fast());
drain('B', slow());
drain('C', viaPromise());
drain('D', viaThenable());
const manual = fast();
manual.next().then(r => console.log('manual 1', r.value));
manual.next().then(r => console.log('manual 2', r.value));
(async () => { await null; console.log('async fn resumed'); await null; console.log('async fn resumed again'); })();
console.log('sync end');
