// BYOB readers on a readable byte stream: byobRequest.respond, respondWithNewView, read(view, { min }), DataView reads, buffers transferred, autoAllocateChunkSize for default readers
async function main() {
  let counter = 0;
  const source = {
    type: 'bytes',
    pull(controller) {
      const request = controller.byobRequest;
      const view = request.view;
      const n = Math.min(3, view.byteLength);
      for (let i = 0; i < n; i++) view[i] = ++counter;
      request.respond(n);
      if (counter >= 9) controller.close();
    },
  };
  const rs = new ReadableStream(source);
  const reader = rs.getReader({ mode: 'byob' });
  console.log(Object.prototype.toString.call(reader));
  let buffer = new ArrayBuffer(8);
  const view = new Uint8Array(buffer, 2, 4);
  const r1 = await reader.read(view);
  console.log('r1', r1.done, r1.value, r1.value.byteOffset, r1.value.buffer.byteLength);
  console.log('old buffer detached:', buffer.byteLength === 0);
  const r2 = await reader.read(new Uint8Array(8), { min: 5 });
  console.log('r2 (min 5)', r2.value);
  const r3 = await reader.read(new Uint16Array(2));
  console.log('r3 Uint16Array', r3.value.constructor.name, r3.value.length);
  const r4 = await reader.read(new Uint8Array(4));
  console.log('r4', r4);
  reader.releaseLock();

  // respondWithNewView and DataView reads.
  const rs2 = new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const v = controller.byobRequest.view;
      const mine = new Uint8Array(v.buffer, v.byteOffset, 2);
      mine.set([0x12, 0x34]);
      controller.byobRequest.respondWithNewView(mine);
      controller.close();
    },
  });
  const r = rs2.getReader({ mode: 'byob' });
  const dv = await r.read(new DataView(new ArrayBuffer(4)));
  console.log('DataView', dv.value.constructor.name, dv.value.byteLength, dv.value.getUint16(0).toString(16));
  console.log('after close', await r.read(new Uint8Array(1)));

  // A default reader on a byte stream with autoAllocateChunkSize.
  const rs3 = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 16,
    pull(controller) {
      const v = controller.byobRequest.view;
      console.log('auto-allocated view', v.constructor.name, v.byteLength);
      v[0] = 42;
      controller.byobRequest.respond(1);
      controller.close();
    },
  });
  const d = rs3.getReader();
  console.log('default read', await d.read());

  // enqueue() on a byte stream: chunks copied into the BYOB view.
  const rs4 = new ReadableStream({
    type: 'bytes',
    start(controller) {
      controller.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
      controller.close();
    },
  });
  const b = rs4.getReader({ mode: 'byob' });
  console.log('from queue', (await b.read(new Uint8Array(2))).value);
  console.log('from queue', (await b.read(new Uint8Array(8))).value);
  console.log('end', await b.read(new Uint8Array(8)));

  // Errors.
  for (const bad of [undefined, new Uint8Array(0), new ArrayBuffer(4)]) {
    try {
      await new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(bad);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  try {
    new ReadableStream().getReader({ mode: 'byob' });
  } catch (err) {
    console.log(err.name, err.code);
  }
}
main();
