// postMessage transfer-list errors: detached buffers, bad list types; a message that throws is not delivered; transferring a detached buffer or a plain object is a DataCloneError as HTML says (Node 24; Node 20 sent the detached buffer and threw TypeError ERR_INVALID_TRANSFER_OBJECT)
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const got = [];
  parentPort.on('message', (m) => {
    if (m === 'end') { parentPort.postMessage(got); parentPort.close(); return; }
    got.push(typeof m === 'object' ? Object.keys(m).join(',') : m);
  });
`, { eval: true });

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, '->', e.name, e instanceof DOMException ? 'DOMException' : e.code);
  }
}

const detached = new ArrayBuffer(4);
w.postMessage(1, [detached]);
console.log('detached.byteLength', detached.byteLength);
attempt('transfer detached again', () => w.postMessage({ x: 1 }, [detached]));
attempt('send detached in message', () => w.postMessage({ y: detached }));
attempt('transferList not iterable', () => w.postMessage(2, 5));
attempt('transfer a plain object', () => w.postMessage(3, [{}]));
const good = new ArrayBuffer(2);
attempt('transfer list options object', () => w.postMessage({ z: good }, { transfer: [good] }));
console.log('good.byteLength', good.byteLength);
w.postMessage('end');
w.on('message', (m) => console.log('worker received', m));
w.on('exit', (code) => console.log('exit', code));
