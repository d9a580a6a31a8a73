// transferring an ArrayBuffer detaches it in the sender (byteLength 0) and the receiver gets the bytes; both directions
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename);
  const buf = new ArrayBuffer(16);
  const view = new Uint8Array(buf);
  for (let i = 0; i < 16; i++) view[i] = i * 3;
  const kept = new Uint8Array([9, 9, 9]);
  w.postMessage({ buf, kept: kept.buffer }, [buf]);
  console.log('after transfer: buf.byteLength', buf.byteLength, 'view.length', view.length, 'view.byteLength', view.byteLength);
  console.log('not transferred: kept.byteLength', kept.byteLength);
  try {
    view[0] = 1;
    console.log('write to detached view ignored:', view[0]);
  } catch (e) {
    console.log('write threw', e.name);
  }
  try {
    new Uint8Array(buf);
    console.log('view on detached buffer created');
  } catch (e) {
    console.log('new view on detached buffer:', e.name);
  }
  w.on('message', (m) => {
    console.log('worker saw', m.seen);
    console.log('back in main:', m.back.byteLength, Array.from(new Uint8Array(m.back)));
  });
  w.on('exit', (code) => console.log('exit', code));
} else {
  parentPort.on('message', ({ buf, kept }) => {
    const seen = { byteLength: buf.byteLength, bytes: Array.from(new Uint8Array(buf)), kept: Array.from(new Uint8Array(kept)) };
    const back = new ArrayBuffer(4);
    new Uint8Array(back).set([4, 3, 2, 1]);
    parentPort.postMessage({ seen, back }, [back]);
    seen.detachedInWorker = back.byteLength;
    parentPort.postMessage({ seen, back: buf }, [buf]);
    parentPort.close();
  });
}
