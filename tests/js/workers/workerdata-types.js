// workerData of many types is structured-cloned into the worker (a copy: later changes in the parent are not seen)
const { Worker } = require('worker_threads');

const values = [
  undefined, null, true, 0, -0, 3.25, NaN, 123n, '', 'text ✓',
  [1, , 3], { a: { b: [1, 2] } }, new Map([['k', 1]]), new Set([1, 2]),
  new Date(0), /x/y, new Uint16Array([1, 65535]), new ArrayBuffer(3),
  Object.assign([1, 2], { extra: 'prop' }),
];

async function roundTrip(value) {
  const w = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    const { inspect } = require('util');
    parentPort.postMessage({ shown: inspect(workerData), type: typeof workerData, back: workerData });
  `, { eval: true, workerData: value });
  const exited = new Promise((resolve) => w.once('exit', resolve));
  const m = await new Promise((resolve) => w.once('message', resolve));
  await exited;
  return m;
}

(async () => {
  for (const v of values) {
    const m = await roundTrip(v);
    console.log(m.type.padEnd(9), m.shown, '|', m.back);
  }
  const obj = { n: 1 };
  const w = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    setTimeout(() => parentPort.postMessage(workerData.n), 20);
  `, { eval: true, workerData: obj });
  obj.n = 2;
  const [n] = await require('events').once(w, 'message');
  console.log('worker sees n =', n, 'parent has', obj.n);
  const noData = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    parentPort.postMessage(workerData === undefined ? 'undefined' : String(workerData));
  `, { eval: true });
  noData.on('message', (m) => console.log('no workerData option:', m));
})();
