// Seed 004: the article's ReqResp bridge, written with transferable streams. A "network"
// worker answers requests with async generators; each response crosses the thread
// boundary as a ReadableStream in the transfer list, and the main thread reads it with
// `for await`. The transferred stream is flow-controlled by credits (Streams Standard,
// cross-realm transform): the worker's side is a WritableStream with highWaterMark 1 that
// posts one chunk per "pull" the main thread's side (highWaterMark 0) sends when it is
// read. So a slow reader slows the generator down: it runs at most a chunk or two ahead,
// and breaking out of `for await` cancels the stream, which returns the generator (its
// `finally` runs in the worker). Compare 004-reqresp-bridge-lodestar.js, the same program
// with one plain message per item and an unbounded queue.
const { Worker, isMainThread, parentPort } = require('node:worker_threads');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

if (!isMainThread) {
  // The worker thread: a request handler returning async generators.
  const handlers = {
    async *blocksByRange({ start, count }, id) {
      let produced = 0;
      try {
        for (let slot = start; slot < start + count; slot++) {
          await sleep(1); // pretend to read the block from disk or the network
          produced++;
          yield { slot, root: '0x' + ((slot * 2654435761) >>> 0).toString(16).padStart(8, '0') };
        }
      } finally {
        // Runs when the generator finishes, and also when the reader cancels early.
        parentPort.postMessage({ type: 'finally', id, produced });
      }
    },
  };
  function onMessage(msg) {
    if (msg.type === 'shutdown') {
      // Nothing else keeps this thread alive, so it exits (code 0) once its streams end.
      parentPort.off('message', onMessage);
      return;
    }
    const stream = ReadableStream.from(handlers[msg.method](msg.args, msg.id));
    parentPort.postMessage({ type: 'response', id: msg.id, stream }, [stream]);
  }
  // This listener is what keeps a Node worker alive while it streams.
  parentPort.on('message', onMessage);
} else {
  const worker = new Worker(__filename);
  const waiters = new Map(); // `${type}:${id}` -> resolve, for the messages we await
  const reports = new Map(); // ... and the messages that came first
  worker.on('message', (msg) => {
    const key = `${msg.type}:${msg.id}`;
    const resolve = waiters.get(key);
    if (resolve) { waiters.delete(key); resolve(msg); } else reports.set(key, msg);
  });
  const waitFor = (type, id) => {
    const key = `${type}:${id}`;
    if (reports.has(key)) { const msg = reports.get(key); reports.delete(key); return Promise.resolve(msg); }
    return new Promise((resolve) => waiters.set(key, resolve));
  };

  let nextId = 0;
  // One request over the shared worker port; resolves to the transferred response stream.
  async function request(method, args) {
    const id = nextId++;
    worker.postMessage({ type: 'request', id, method, args });
    const { stream } = await waitFor('response', id);
    return { id, stream };
  }

  // Reads one response; `limit` blocks, then break (which cancels the stream).
  async function fetchBlocks(args, limit = Infinity, delayMs = 0) {
    const { id, stream } = await request('blocksByRange', args);
    const slots = [];
    for await (const block of stream) {
      slots.push(block.slot);
      if (delayMs) await sleep(delayMs); // a slow consumer: the worker has to wait for it
      if (slots.length === limit) break;
    }
    const { produced } = await waitFor('finally', id); // the worker's generator has ended
    return { id, args, slots, produced };
  }

  (async () => {
    // Three requests in flight at once over the one port; results are printed in order.
    const results = await Promise.all([
      fetchBlocks({ start: 100, count: 5 }),
      fetchBlocks({ start: 200, count: 8 }),
      fetchBlocks({ start: 300, count: 100 }, 3, 20), // slow reader, stops after 3
    ]);
    for (const { id, args, slots, produced } of results) {
      console.log(`request ${id} blocksByRange(${args.start}, ${args.count}): ` +
        `got ${slots.length} blocks, slots ${slots[0]}..${slots[slots.length - 1]}`);
      if (slots.length < args.count) {
        // With credits the producer can only be a chunk or two ahead of the reader.
        console.log(`  broke early; the worker's generator stopped after ` +
          `${produced <= slots.length + 2 ? 'at most 2 more' : produced - slots.length + ' more (!)'} blocks`);
      } else {
        console.log(`  complete; the worker's generator produced ${produced}`);
      }
    }
    worker.on('exit', (code) => console.log(`worker exited with code ${code}`));
    worker.postMessage({ type: 'shutdown' });
  })();
}
