// TransformStream controller: terminate() closes the readable and errors the writable, a throwing transform or flush errors both sides, desiredSize, readableStrategy backpressure
async function main() {
  const ts = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk);
      if (chunk === 'last') controller.terminate();
    },
  });
  const writer = ts.writable.getWriter();
  const reader = ts.readable.getReader();
  writer.write('first');
  console.log(await reader.read());
  writer.write('last');
  console.log(await reader.read());
  console.log(await reader.read());
  try {
    await writer.write('more');
  } catch (err) {
    console.log('write after terminate:', err.name, err.code, err.message);
  }

  const failing = new TransformStream({
    transform() { throw new Error('transform failed'); },
  });
  const fw = failing.writable.getWriter();
  const fr = failing.readable.getReader();
  const results = await Promise.allSettled([fw.write('x'), fr.read(), fw.closed, fr.closed]);
  console.log(results.map((r) => `${r.status}: ${r.reason && r.reason.message}`));

  const badFlush = new TransformStream({
    flush() { return Promise.reject(new Error('flush failed')); },
  });
  const bw = badFlush.writable.getWriter();
  const br = badFlush.readable.getReader();
  const settled = await Promise.allSettled([bw.close(), br.read()]);
  console.log(settled.map((r) => `${r.status}: ${r.reason && r.reason.message}`));

  let tc;
  const sized = new TransformStream({ start(c) { tc = c; } }, undefined, { highWaterMark: 2 });
  console.log('desiredSize', tc.desiredSize);
  tc.enqueue('a');
  tc.enqueue('b');
  console.log('desiredSize after 2', tc.desiredSize);
  const sr = sized.readable.getReader();
  await sr.read();
  console.log('desiredSize after read', tc.desiredSize);
  tc.error(new Error('stop'));
  try {
    await sr.read();
  } catch (err) {
    console.log('after controller.error:', err.message);
  }
  try {
    tc.enqueue('c');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }

  // Cancelling the readable side errors the writable side with the reason.
  const t3 = new TransformStream();
  const w3 = t3.writable.getWriter();
  await t3.readable.cancel('not interested');
  try {
    await w3.write('x');
  } catch (err) {
    console.log('write after readable cancel:', err);
  }

  // Aborting the writable side errors the readable side.
  const t4 = new TransformStream();
  const r4 = t4.readable.getReader();
  await t4.writable.abort('abandoned');
  try {
    await r4.read();
  } catch (err) {
    console.log('read after writable abort:', err);
  }

  for (const bad of [{ readableType: 'bytes' }, { writableType: 'bytes' }, { transform: 5 }]) {
    try {
      new TransformStream(bad);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
}
main();
