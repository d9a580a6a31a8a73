// Argument checking of the web stream constructors and methods: Node's error names, codes and messages
function check(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
async function checkAsync(label, fn) {
  try {
    await fn();
    console.log(label, 'resolved');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
async function main() {
  check('source 5', () => new ReadableStream(5));
  check('source null', () => new ReadableStream(null));
  check('type foo', () => new ReadableStream({ type: 'foo' }));
  check('pull 5', () => new ReadableStream({ pull: 5 }));
  check('cancel string', () => new ReadableStream({ cancel: 'x' }));
  check('autoAllocateChunkSize 0', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
  check('highWaterMark -1', () => new ReadableStream({}, { highWaterMark: -1 }));
  check('size 5', () => new ReadableStream({}, { size: 5 }));
  check('bytes with size', () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }));
  check('mode x', () => new ReadableStream().getReader({ mode: 'x' }));
  check('byob on default', () => new ReadableStream().getReader({ mode: 'byob' }));
  check('reader of 5', () => new ReadableStreamDefaultReader(5));
  check('byob reader of {}', () => new ReadableStreamBYOBReader({}));
  check('pipeThrough {}', () => new ReadableStream().pipeThrough({}));
  check('pipeThrough readable only', () => new ReadableStream().pipeThrough({ readable: new ReadableStream() }));
  check('locked getter', () => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call({}));
  check('tee on {}', () => ReadableStream.prototype.tee.call({}));
  check('sink type', () => new WritableStream({ type: 'bytes' }));
  check('write 5', () => new WritableStream({ write: 5 }));
  check('writer of {}', () => new WritableStreamDefaultWriter({}));
  check('writable hwm', () => new WritableStream({}, { highWaterMark: -5 }));
  check('double close', () => new ReadableStream({ start(c) { c.close(); c.close(); } }));
  check('enqueue after close', () => new ReadableStream({ start(c) { c.close(); c.enqueue(1); } }));
  check('byte enqueue 5', () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(5); } }));
  check('byte enqueue empty', () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(0)); } }));
  check('byte close twice', () => new ReadableStream({ type: 'bytes', start(c) { c.close(); c.close(); } }));
  check('byte enqueue after close', () => new ReadableStream({ type: 'bytes', start(c) { c.close(); c.enqueue(new Uint8Array(1)); } }));
  await checkAsync('cancel on {}', () => ReadableStream.prototype.cancel.call({}));
  await checkAsync('byob min 0', () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(1), { min: 0 }));
  await checkAsync('byob min > length', () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint16Array(2), { min: 3 }));
  await checkAsync('byob min > byteLength', () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new DataView(new ArrayBuffer(2)), { min: 3 }));
  await checkAsync('write after close', () => {
    const w = new WritableStream().getWriter();
    w.close();
    return w.write(1);
  });
  await checkAsync('write after release', () => {
    const w = new WritableStream().getWriter();
    w.releaseLock();
    return w.write(1);
  });
  await checkAsync('pipe to closed', async () => {
    const w = new WritableStream();
    await w.close();
    return new ReadableStream().pipeTo(w);
  });
  await checkAsync('enqueue after terminate', async () => {
    new TransformStream({ start(c) { c.terminate(); c.enqueue(1); } });
  });
  await checkAsync('writer abort when locked', () => {
    const w = new WritableStream();
    w.getWriter();
    return w.abort();
  });
}
main();
