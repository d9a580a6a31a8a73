// Cancellation and abort reasons: reader.cancel(reason) reaches source.cancel, writer.abort(reason) reaches sink.abort and controller.signal, pending writes reject with the reason
async function main() {
  const rs = new ReadableStream({
    pull(c) { c.enqueue('data'); },
    cancel(reason) {
      console.log('source.cancel reason:', reason);
      return new Promise((resolve) => setTimeout(() => resolve('ignored value'), 1));
    },
  });
  const reader = rs.getReader();
  await reader.read();
  console.log('cancel() resolves with', await reader.cancel({ why: 'no longer needed' }));
  console.log('read after cancel', await reader.read());
  await reader.closed;
  console.log('closed resolved after cancel');

  // A rejecting cancel().
  const rs2 = new ReadableStream({ cancel() { throw new Error('cancel failed'); } });
  try {
    await rs2.cancel('x');
  } catch (err) {
    console.log('cancel rejected:', err.message);
  }

  // Abort of a writable stream.
  let sinkController;
  let finishWrite;
  const ws = new WritableStream({
    start(c) { sinkController = c; },
    write(chunk) {
      console.log('sink.write', chunk);
      return new Promise((resolve) => { finishWrite = resolve; });
    },
    abort(reason) {
      console.log('sink.abort reason:', reason);
    },
  });
  const signal = sinkController.signal;
  signal.addEventListener('abort', () => console.log('controller.signal abort event; reason', signal.reason));
  const writer = ws.getWriter();
  const w1 = writer.write('first');
  const w2 = writer.write('second');
  await new Promise((resolve) => setTimeout(resolve, 1));
  const abortPromise = writer.abort('stop now');
  console.log('signal.aborted', signal.aborted);
  w2.catch((err) => console.log('queued write rejected with', err));
  finishWrite();
  await w1;
  console.log('in-flight write still fulfilled');
  await abortPromise;
  try {
    await writer.closed;
  } catch (err) {
    console.log('closed rejected with', err);
  }

  // Default abort reason is an AbortError DOMException on the signal.
  let c2;
  const ws2 = new WritableStream({ start(c) { c2 = c; } });
  await ws2.abort();
  console.log(c2.signal.aborted, c2.signal.reason.name, c2.signal.reason instanceof DOMException);
}
main();
