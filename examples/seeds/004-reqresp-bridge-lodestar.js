// Seed 004, Lodestar's way: the same program as 004-reqresp-bridge.js, but like Lodestar's
// AsyncIterableBridge (network worker -> main thread) the worker drains each generator as
// fast as it can and posts every item as a plain message tagged with the request id
// ("iterator.next", then "iterator.done"). The main thread keeps one unbounded queue per
// request and hands out an AsyncIterable that drains it: shift an item if there is one,
// else park on a pending promise that the next message resolves. Nothing flows back, so
// there is no backpressure: a slow reader lets the queue grow without limit, and breaking
// out of `for await` only drops the caller's entry; the worker never hears of it and
// produces (and posts) every item anyway, which the main thread then throws away.
const { Worker, isMainThread, parentPort } = require('node:worker_threads');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

if (!isMainThread) {
  async function* blocksByRange({ start, count }) {
    for (let slot = start; slot < start + count; slot++) {
      await sleep(1); // pretend to read the block from disk or the network
      yield { slot, root: '0x' + ((slot * 2654435761) >>> 0).toString(16).padStart(8, '0') };
    }
  }
  const handlers = { blocksByRange };
  async function onRequest({ id, method, args }) {
    let produced = 0;
    for await (const item of handlers[method](args)) {
      produced++;
      parentPort.postMessage({ type: 'iterator.next', id, item }); // no waiting for anyone
    }
    parentPort.postMessage({ type: 'iterator.done', id, produced });
  }
  function onMessage(msg) {
    if (msg.type === 'shutdown') parentPort.off('message', onMessage); // then the worker exits
    else onRequest(msg);
  }
  parentPort.on('message', onMessage); // keeps the Node worker alive
} else {
  const worker = new Worker(__filename);
  const requests = new Map(); // id -> { items: [], resolve } while the caller listens
  const finished = new Map(); // id -> resolve, for the worker's "done" of that request
  worker.on('message', (msg) => {
    const req = requests.get(msg.id);
    if (msg.type === 'iterator.done' && finished.has(msg.id)) finished.get(msg.id)(msg.produced);
    if (!req) return; // the caller broke out: the item is thrown away
    req.items.push(msg); // unbounded: grows as fast as the worker posts
    if (req.resolve) { const r = req.resolve; req.resolve = null; r(); }
  });

  let nextId = 0;
  // The AsyncIterableBridge caller: a request becomes an AsyncIterable over its queue.
  function getAsyncIterable(method, args) {
    const id = nextId++;
    const req = { items: [], resolve: null };
    requests.set(id, req);
    const done = new Promise((resolve) => finished.set(id, resolve));
    worker.postMessage({ type: 'request', id, method, args });
    const iterator = {
      async next() {
        while (req.items.length === 0) await new Promise((resolve) => { req.resolve = resolve; });
        const msg = req.items.shift();
        if (msg.type === 'iterator.done') { requests.delete(id); return { done: true, value: undefined }; }
        return { done: false, value: msg.item };
      },
      async return() { requests.delete(id); return { done: true, value: undefined }; }, // only forget
    };
    return { id, done, [Symbol.asyncIterator]: () => iterator };
  }

  async function fetchBlocks(args, limit = Infinity, delayMs = 0) {
    const iterable = getAsyncIterable('blocksByRange', args);
    const slots = [];
    for await (const block of iterable) {
      slots.push(block.slot);
      if (delayMs) await sleep(delayMs); // a slow consumer: the worker does not wait for it
      if (slots.length === limit) break;
    }
    const produced = await iterable.done; // every item has been posted and received by now
    return { id: iterable.id, args, slots, produced };
  }

  (async () => {
    const results = await Promise.all([
      fetchBlocks({ start: 100, count: 5 }),
      fetchBlocks({ start: 200, count: 8 }),
      fetchBlocks({ start: 300, count: 100 }, 3, 20), // slow reader, stops after 3
    ]);
    for (const { id, args, slots, produced } of results) {
      console.log(`request ${id} blocksByRange(${args.start}, ${args.count}): ` +
        `got ${slots.length} blocks, slots ${slots[0]}..${slots[slots.length - 1]}`);
      if (slots.length < args.count) {
        // Everything the reader did not take was produced, posted, queued or dropped.
        console.log(`  broke early; the worker still produced all ${produced}, ` +
          `and the main thread queued or received ${produced - slots.length} it threw away`);
      } else {
        console.log(`  complete; the worker's generator produced ${produced}`);
      }
    }
    worker.on('exit', (code) => console.log(`worker exited with code ${code}`));
    worker.postMessage({ type: 'shutdown' });
  })();
}
