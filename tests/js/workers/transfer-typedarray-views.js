// transferring the buffer under typed-array views: views in the sender become length 0, views in the message share the moved buffer
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', ({ a, b, dv }) => {
    const sameBuffer = a.buffer === b.buffer && b.buffer === dv.buffer;
    a[0] = 100;
    parentPort.postMessage({
      sameBuffer,
      a: Array.from(a), aOffset: a.byteOffset,
      b: Array.from(b), bOffset: b.byteOffset,
      dv: dv.getUint16(0, true), dvOffset: dv.byteOffset, dvLength: dv.byteLength,
      bufferLength: a.buffer.byteLength,
    });
    parentPort.close();
  });
`, { eval: true });

const buf = new ArrayBuffer(8);
const a = new Uint8Array(buf);
a.set([1, 2, 3, 4, 5, 6, 7, 8]);
const b = new Uint8Array(buf, 2, 3);
const dv = new DataView(buf, 4, 2);
w.postMessage({ a, b, dv }, [buf]);
console.log('sender a', a.length, a.byteOffset, a.byteLength);
console.log('sender b', b.length, b.byteOffset, b.byteLength);
try {
  console.log('sender dv', dv.byteLength);
} catch (e) {
  console.log('sender dv.byteLength threw', e.name);
}
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
