// reasons cross the thread boundary: main's reader.cancel(reason) reaches the worker's source cancel(); main's failing sink errors the worker's writer
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const sinkLog = [];
  const ws = new WritableStream({
    write(chunk) {
      sinkLog.push(chunk);
      if (chunk === 'bad') throw new TypeError('sink refuses bad');
    },
    close() { sinkLog.push('close?'); },
  });
  const w = new Worker(__filename);
  w.on('message', async (m) => {
    if (m instanceof ReadableStream) {
      const reader = m.getReader();
      console.log('first read', await reader.read());
      await reader.cancel({ code: 'STOP', list: [1, 2] });
      console.log('cancel resolved; read after cancel', await reader.read());
    } else if (typeof m === 'string') {
      console.log('worker:', m);
      // phase 2, once the cancel has been seen by the worker
      w.postMessage({ ws }, [ws]);
    } else {
      console.log('sink log', sinkLog);
      console.log('writer log:');
      for (const l of m) console.log(' ', l);
      w.postMessage('finish');
    }
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  const rs = new ReadableStream({
    start(c) { c.enqueue('first'); },
    cancel(reason) { parentPort.postMessage(`source cancel reason ${JSON.stringify(reason)}`); },
  });
  parentPort.postMessage(rs, [rs]);
  parentPort.on('message', async (m) => {
    if (m === 'finish') return parentPort.close();
    const log = [];
    const writer = m.ws.getWriter();
    await writer.write('good');
    await writer.write('bad');
    // the sink's error arrives asynchronously; the writer errors once it does
    const err = await writer.closed.then(() => 'closed?', (e) => e);
    log.push(`writer closed rejects ${err.name}: ${err.message}`);
    await writer.write('after').catch((e) => log.push(`write after error rejects ${e.name}: ${e.message}`));
    parentPort.postMessage(log);
  });
}
