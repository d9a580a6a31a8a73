// util.inspect / console.log of the web stream classes, their readers, writers and controllers, and the depth limit
const util = require('util');
async function main() {
  const rs = new ReadableStream();
  console.log(rs);
  const reader = rs.getReader();
  console.log(reader);
  console.log(util.inspect(rs));
  console.log(new ReadableStream({ type: 'bytes' }));
  const byob = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  console.log(byob);
  let dc;
  new ReadableStream({ start(c) { dc = c; } });
  console.log(dc);
  let bc;
  const bytes = new ReadableStream({ type: 'bytes', start(c) { bc = c; } });
  console.log(bc, bc.byobRequest);
  const ws = new WritableStream();
  console.log(ws);
  const writer = ws.getWriter();
  console.log(writer);
  let wc;
  new WritableStream({ start(c) { wc = c; } });
  console.log(wc);
  const ts = new TransformStream();
  console.log(ts);
  console.log(new CountQueuingStrategy({ highWaterMark: 4 }), new ByteLengthQueuingStrategy({ highWaterMark: 1024 }));
  console.log(new TextEncoderStream());
  console.log(new TextDecoderStream('utf-16le', { fatal: true }));
  console.log(util.inspect(rs, { depth: 0 }));
  console.log(util.inspect({ nested: { rs } }, { depth: 0 }));
  console.log(util.inspect([new CountQueuingStrategy({ highWaterMark: 1 })]));
  const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
  console.log(errored);
  const closed = new ReadableStream({ start(c) { c.close(); } });
  console.log(closed);
  await writer.close();
  console.log(ws, writer);
  for (const value of [rs, reader, byob, dc, bc, ws, writer, wc, ts, new CountQueuingStrategy({ highWaterMark: 1 })]) {
    console.log(Object.prototype.toString.call(value));
  }
  const r2 = bytes.getReader({ mode: 'byob' });
  r2.read(new Uint8Array(2));
  await new Promise((resolve) => setTimeout(resolve, 0));
  console.log(bc.byobRequest.view, typeof bc.byobRequest.respond);
}
main();
