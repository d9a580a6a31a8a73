// A module web Worker (type: 'module'; Node 20 has no web Worker, as Deno and browsers have it): imports, top-level await, addEventListener('message'), transfer of an ArrayBuffer, close() from inside ending the worker. Expected output written from the standard and checked by hand.
const w = new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module' });
const buffer = new Uint8Array([1, 2, 3]).buffer;
w.addEventListener('message', (e) => {
  console.log('reply', e.data);
});
w.postMessage(buffer, [buffer]);
console.log('sender buffer detached:', buffer.byteLength === 0);
