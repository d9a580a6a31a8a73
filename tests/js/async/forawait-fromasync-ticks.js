// Array.fromAsync versus a for await loop and a tick counter: how many microtask ticks each kind of input costs before the promise settles.
// Expected output from Node 24 (Array.fromAsync).
let tick = 0;
(function t() { if (tick < 200) Promise.resolve().then(() => { tick++; t(); }); })();

async function* gen() { yield 'a'; yield 'b'; }

function report(label, p) {
  const start = tick;
  return p.then((r) => console.log(label, JSON.stringify(r), 'took', tick - start, 'ticks'));
}

async function forAwaitCollect(iterable) {
  const out = [];
  for await (const v of iterable) out.push(v);
  return out;
}

async function main() {
  await report('fromAsync empty array', Array.fromAsync([]));
  await report('fromAsync [1, 2]', Array.fromAsync([1, 2]));
  await report('for await [1, 2]', forAwaitCollect([1, 2]));
  await report('fromAsync array-like', Array.fromAsync({ length: 2, 0: 1, 1: 2 }));
  await report('fromAsync async gen', Array.fromAsync(gen()));
  await report('for await async gen', forAwaitCollect(gen()));
  await report('fromAsync with mapper', Array.fromAsync([1, 2], (v) => v * 10));
  await report('fromAsync array-like with async mapper', Array.fromAsync({ length: 2, 0: 1, 1: 2 }, async (v) => v * 10));
  await report('fromAsync array-like of promises', Array.fromAsync({ length: 2, 0: Promise.resolve(1), 1: Promise.resolve(2) }));
  // two fromAsync calls running concurrently interleave one step at a time
  const log = [];
  await Promise.all([
    Array.fromAsync([1, 2, 3], (v) => { log.push('X' + v); return v; }),
    Array.fromAsync([1, 2, 3], (v) => { log.push('Y' + v); return v; }),
  ]);
  console.log('interleaving', log.join(' '));
}

main().then(() => console.log('done'));
