// pipeTo options: preventClose keeps the destination open, preventAbort keeps it writable on source errors, preventCancel keeps the source readable on destination errors
function recordingSink(name, log) {
  return {
    write(chunk) { log.push(`${name}.write(${chunk})`); },
    close() { log.push(`${name}.close()`); },
    abort(reason) { log.push(`${name}.abort(${reason})`); },
  };
}
function source(chunks, { error } = {}) {
  return new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      if (error) c.error(error);
      else c.close();
    },
  });
}
async function main() {
  let log = [];
  const ws = new WritableStream(recordingSink('ws', log));
  await source(['a', 'b']).pipeTo(ws, { preventClose: true });
  console.log('preventClose', log, 'locked:', ws.locked);
  const writer = ws.getWriter();
  await writer.write('c');
  await writer.close();
  console.log('after writing more', log);

  log = [];
  const ws2 = new WritableStream(recordingSink('ws2', log));
  try {
    await source(['x'], { error: 'source broke' }).pipeTo(ws2);
  } catch (err) {
    console.log('pipeTo rejected with', err);
  }
  console.log('default abort', log);

  log = [];
  const ws3 = new WritableStream(recordingSink('ws3', log));
  try {
    await source(['y'], { error: 'source broke again' }).pipeTo(ws3, { preventAbort: true });
  } catch (err) {
    console.log('pipeTo rejected with', err);
  }
  await ws3.getWriter().write('still writable');
  console.log('preventAbort', log);

  // Destination errors: cancel the source unless preventCancel.
  for (const preventCancel of [false, true]) {
    log = [];
    const src = new ReadableStream({
      pull(c) { c.enqueue('chunk'); },
      cancel(reason) { log.push(`source.cancel(${reason})`); },
    });
    const failing = new WritableStream({
      write() { throw 'sink failed'; },
    });
    try {
      await src.pipeTo(failing, { preventCancel });
    } catch (err) {
      log.push(`rejected: ${err}`);
    }
    log.push(`source locked: ${src.locked}`);
    console.log(`preventCancel=${preventCancel}`, log);
  }

  // A closed destination cancels the source.
  const closedDest = new WritableStream();
  await closedDest.close();
  const cancelled = new ReadableStream({ cancel(reason) { console.log('cancelled:', reason.name, reason.code); } });
  try {
    await cancelled.pipeTo(closedDest);
  } catch (err) {
    console.log('rejected:', err.code, err.message);
  }

  // Argument errors reject.
  try {
    await new ReadableStream().pipeTo({});
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  const lockedSource = new ReadableStream();
  lockedSource.getReader();
  try {
    await lockedSource.pipeTo(new WritableStream());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
main();
