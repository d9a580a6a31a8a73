// a stream listed twice in a transfer list: DataCloneError naming the stream class, and the stream stays usable
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, '->', e.name, e instanceof DOMException, e.code, JSON.stringify(e.message));
  }
}
(async () => {
  const twice = new ReadableStream({ start(c) { c.enqueue('still readable'); c.close(); } });
  attempt('readable listed twice', () => structuredClone(twice, { transfer: [twice, twice] }));
  console.log('locked after failed transfer', twice.locked);
  console.log('read', await twice.getReader().read());
  const wtwice = new WritableStream();
  attempt('writable listed twice', () => structuredClone(wtwice, { transfer: [wtwice, wtwice] }));
  console.log('locked after failed transfer', wtwice.locked);
  const ttwice = new TransformStream();
  attempt('transform listed twice', () => structuredClone(ttwice, { transfer: [ttwice, ttwice] }));
  const buf = new ArrayBuffer(8);
  attempt('ArrayBuffer listed twice', () => structuredClone(buf, { transfer: [buf, buf] }));
  console.log('buffer byteLength', buf.byteLength);
})();
