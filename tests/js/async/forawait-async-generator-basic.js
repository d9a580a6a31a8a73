// for await over an async generator: each iteration's position relative to a microtask tick counter.
let tick = 0;
(function t() { if (tick < 15) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

async function* plain() {
  console.log('gen start');
  yield 'a';
  console.log('gen after a');
  yield 'b';
  console.log('gen after b');
}

async function* awaiting() {
  const v = await Promise.resolve('c');
  yield v;
  yield Promise.resolve('d'); // yield awaits the promise
  yield await 'e';
  return 'ignored by for-await';
}

async function main() {
  console.log('main start');
  for await (const x of plain()) console.log('plain got', x, 'at tick', tick);
  console.log('plain done at tick', tick);
  for await (const x of awaiting()) console.log('awaiting got', x, 'at tick', tick);
  console.log('awaiting done at tick', tick);
  let count = 0;
  for await (const x of (async function* () {})()) count++;
  console.log('empty count', count, 'at tick', tick);
  return 'main result';
}

main().then((r) => console.log(r, 'at tick', tick));
console.log('sync end');
