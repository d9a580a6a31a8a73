// chunks of a transferred ReadableStream are structured-cloned: buffers are copied (the producer's stay attached), rich values keep their types
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', async (m) => {
    if (!(m instanceof ReadableStream)) { console.log('worker:', m); return; }
    let first;
    for await (const c of m) {
      if (first === undefined) first = c;
      const tag = Object.prototype.toString.call(c);
      if (c instanceof Uint8Array) {
        console.log(tag, Array.from(c), 'byteOffset', c.byteOffset, 'buffer', c.buffer.byteLength);
      } else if (c && typeof c === 'object' && c.self) {
        console.log('cyclic', c.self === c, c.list[0] === c.list[1]);
      } else if (c instanceof Error) {
        console.log(tag, c.constructor.name, c.name, c.message);
      } else {
        console.log(tag, c);
      }
    }
    first[0] = 99; // changing the received copy does not affect the worker's buffer
    w.postMessage('report');
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  const backing = new Uint8Array([1, 2, 3, 4, 5, 6]);
  const view = backing.subarray(2, 4);
  const ab = new Uint8Array([7, 8]).buffer;
  const cyc = { list: [] };
  cyc.self = cyc;
  const shared = { s: 1 };
  cyc.list.push(shared, shared);
  const chunks = [view, ab, new DataView(new ArrayBuffer(3)), new Map([['k', new Set([1, 2])]]),
    new Date(0), /re+/gi, 12n, null, cyc, new RangeError('as a value'), [undefined, , 'hole']];
  const rs = new ReadableStream({
    start(c) { for (const ch of chunks) c.enqueue(ch); c.close(); },
  });
  parentPort.postMessage(rs, [rs]);
  parentPort.on('message', () => {
    parentPort.postMessage(`worker buffers intact: ${backing.join(',')} / ${ab.byteLength}`);
    parentPort.close();
  });
}
