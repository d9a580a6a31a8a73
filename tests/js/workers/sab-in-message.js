// a SharedArrayBuffer sent in a message (not transferred) is shared: writes by the worker are visible in the parent and vice versa
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(16);
const u8 = new Uint8Array(sab);
u8[0] = 1;
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', ({ view, plain }) => {
    const seenFirst = view[0];
    for (let i = 1; i < view.length; i++) view[i] = i * 10;
    plain[0] = 123;
    parentPort.postMessage({ seenFirst, isShared: view.buffer instanceof SharedArrayBuffer, sameBuffer: view.buffer.byteLength });
    parentPort.close();
  });
`, { eval: true });
const plain = new Uint8Array(4);
w.postMessage({ view: u8, plain });
console.log('sab still usable after postMessage:', sab.byteLength);
w.on('message', (m) => {
  console.log(m);
  console.log('parent sees worker writes:', Array.from(u8));
  console.log('plain array copy untouched:', Array.from(plain));
});
w.on('exit', (code) => console.log('exit', code));
