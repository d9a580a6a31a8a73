// WritableStream: sink start/write/close call order, writes processed one at a time, writer.closed and close(), releaseLock, controller.error from the sink
const log = [];
async function main() {
  const ws = new WritableStream({
    start(controller) {
      log.push('start');
      return new Promise((resolve) => setTimeout(resolve, 1));
    },
    async write(chunk, controller) {
      log.push(`write ${chunk} begin`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.push(`write ${chunk} end`);
    },
    close() {
      log.push('close');
    },
  });
  console.log('locked', ws.locked);
  const writer = ws.getWriter();
  console.log('locked', ws.locked, 'desiredSize', writer.desiredSize);
  const writes = [writer.write('a'), writer.write('b'), writer.write('c')];
  console.log('desiredSize with 3 queued', writer.desiredSize);
  const closing = writer.close();
  writer.write('d').catch((err) => console.log('write while closing:', err.name, err.code, err.message));
  await Promise.all(writes);
  await closing;
  await writer.closed;
  console.log(log);
  writer.releaseLock();
  try {
    console.log(writer.desiredSize);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  try {
    await writer.closed;
  } catch (err) {
    console.log('closed after releaseLock:', err.code, err.message);
  }
  console.log('re-acquire on closed stream', ws.getWriter().desiredSize);

  // controller.error() from the sink.
  let sinkController;
  const ws2 = new WritableStream({ start(c) { sinkController = c; } });
  const w2 = ws2.getWriter();
  sinkController.error(new Error('sink gave up'));
  try {
    await w2.ready;
  } catch (err) {
    console.log('ready rejected:', err.message);
  }
  try {
    await w2.write('x');
  } catch (err) {
    console.log('write rejected:', err.message);
  }

  // close() on the stream itself, and close() twice.
  const ws3 = new WritableStream();
  const closing3 = ws3.close();
  try {
    await ws3.close();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  await closing3;
  const ws4 = new WritableStream();
  const w4 = ws4.getWriter();
  w4.close();
  try {
    await w4.close();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
main();
