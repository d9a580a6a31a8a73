// Errors in web streams: controller.error() rejects pending and later reads and reader.closed, a throwing pull/start/write errors the stream, locked streams reject cancel()
async function main() {
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } });
  const reader = rs.getReader();
  const pending = reader.read();
  const boom = new RangeError('boom');
  controller.error(boom);
  for (const p of [pending, reader.read(), reader.closed]) {
    try {
      await p;
    } catch (err) {
      console.log('rejected with the same error:', err === boom);
    }
  }
  console.log('desiredSize when errored', controller.desiredSize);
  try {
    controller.enqueue('late');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }

  const throwingPull = new ReadableStream({
    pull() { throw new Error('pull failed'); },
  });
  try {
    await throwingPull.getReader().read();
  } catch (err) {
    console.log('pull error:', err.message);
  }

  const rejectingStart = new ReadableStream({
    start() { return Promise.reject(new Error('start failed')); },
  });
  try {
    await rejectingStart.getReader().closed;
  } catch (err) {
    console.log('start error:', err.message);
  }

  try {
    new ReadableStream({ start() { throw new SyntaxError('sync start'); } });
  } catch (err) {
    console.log('constructor threw', err.name, err.message);
  }

  // Writable side: a failing write errors the stream, later writes reject with that error.
  const ws = new WritableStream({
    write(chunk) {
      if (chunk === 'bad') throw new TypeError('cannot write bad');
    },
  });
  const writer = ws.getWriter();
  await writer.write('good');
  try {
    await writer.write('bad');
  } catch (err) {
    console.log('write rejected:', err.message);
  }
  try {
    await writer.write('after');
  } catch (err) {
    console.log('later write rejected:', err.message);
  }
  try {
    await writer.closed;
  } catch (err) {
    console.log('closed rejected:', err.message, 'desiredSize', writer.desiredSize);
  }

  // Locked streams.
  const locked = new ReadableStream();
  const r = locked.getReader();
  try {
    await locked.cancel();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  try {
    locked.getReader();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  r.releaseLock();
  try {
    await r.read();
  } catch (err) {
    console.log('read after releaseLock:', err.code, err.message);
  }
  try {
    await r.closed;
  } catch (err) {
    console.log('closed after releaseLock:', err.code, err.message);
  }
  const lockedWs = new WritableStream();
  lockedWs.getWriter();
  for (const method of ['abort', 'close']) {
    try {
      await lockedWs[method]();
    } catch (err) {
      console.log(method, err.name, err.code, err.message);
    }
  }
}
main();
