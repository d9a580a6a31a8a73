// a worker's async generator throws mid-stream: main's for await over the transferred stream rejects with the same error
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', async (rs) => {
    const got = [];
    try {
      for await (const x of rs) got.push(x);
      console.log('no error?');
    } catch (e) {
      console.log('got', got);
      console.log('caught', e instanceof Error, e.name, e.message, e.code, e.extra);
      console.log('constructor', e.constructor === RangeError);
    }
    const r = rs.getReader();
    await r.read().then((v) => console.log('read after error', v), (e) => console.log('read after error rejects', e.name, e.message));
    await r.closed.catch((e) => console.log('closed rejects', e.name));
    w.postMessage('finish');
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  async function* gen() {
    yield 'a';
    yield 'b';
    const e = new RangeError('bad thing at 2');
    e.code = 'E_GEN';
    e.extra = { n: 1 };
    throw e;
  }
  const rs = ReadableStream.from(gen());
  parentPort.postMessage(rs, [rs]);
  parentPort.once('message', () => parentPort.close());
}
