// backpressure across a transferred ReadableStream: with a slow consumer on main, the worker's producer stays a fixed number of items ahead
const { Worker, isMainThread, parentPort, MessageChannel } = require('worker_threads');
const TOTAL = 50;
if (isMainThread) {
  const { port1: query, port2 } = new MessageChannel();
  const w = new Worker(__filename);
  w.postMessage({ query: port2 }, [port2]);
  const ask = (name) => new Promise((resolve) => { query.once('message', resolve); query.postMessage(name); });
  w.once('message', async (streams) => {
    for (const [name, rs] of Object.entries(streams)) {
      const reader = rs.getReader();
      const leads = [];
      let consumed = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (value !== consumed) console.log('out of order', value, consumed);
        consumed++;
        if (consumed % 5 === 0 || consumed === 1) {
          const produced = await ask(name);
          leads.push(`${consumed}:+${produced - consumed}`);
        }
        await new Promise((r) => setTimeout(r, 1));
      }
      console.log(name, 'consumed', consumed, 'produced', await ask(name));
      console.log('  lead after consuming k items (k:+lead)', leads.join(' '));
    }
    query.close();
    w.postMessage('finish');
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  const produced = { fromGenerator: 0, pullHwm4: 0 };
  parentPort.once('message', ({ query }) => {
    query.on('message', (name) => query.postMessage(produced[name]));
    async function* gen() {
      for (let i = 0; i < TOTAL; i++) { produced.fromGenerator++; yield i; }
    }
    const fromGenerator = ReadableStream.from(gen());
    const pullHwm4 = new ReadableStream({
      pull(c) {
        c.enqueue(produced.pullHwm4++);
        if (produced.pullHwm4 === TOTAL) c.close();
      },
    }, { highWaterMark: 4 });
    parentPort.postMessage({ fromGenerator, pullHwm4 }, [fromGenerator, pullHwm4]);
    parentPort.once('message', () => { query.close(); parentPort.close(); });
  });
}
