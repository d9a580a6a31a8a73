// Backpressure: desiredSize of a readable controller against its highWaterMark, pull only when wanted, writer.desiredSize and ready with a CountQueuingStrategy
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
async function main() {
  let controller;
  let pulls = 0;
  const rs = new ReadableStream({
    start(c) {
      controller = c;
      console.log('start desiredSize', c.desiredSize);
    },
    pull(c) {
      pulls++;
    },
  }, { highWaterMark: 3 });
  await tick();
  console.log('pulls after start', pulls);
  controller.enqueue('a');
  console.log('after 1 enqueue', controller.desiredSize);
  controller.enqueue('b');
  controller.enqueue('c');
  controller.enqueue('d');
  console.log('over-full desiredSize', controller.desiredSize);
  await tick();
  const pullsBefore = pulls;
  const reader = rs.getReader();
  await reader.read();
  await reader.read();
  console.log('desiredSize after 2 reads', controller.desiredSize);
  await tick();
  console.log('pulled again after draining below the mark:', pulls > pullsBefore);
  controller.close();
  console.log('desiredSize after close (queue not empty)', controller.desiredSize);
  await reader.read();
  await reader.read();
  console.log('desiredSize once closed', controller.desiredSize, await reader.read());

  // Size function: the queue counts string lengths.
  let c2;
  new ReadableStream({ start(c) { c2 = c; } }, { highWaterMark: 10, size: (chunk) => chunk.length });
  c2.enqueue('abcd');
  console.log('size-based desiredSize', c2.desiredSize);

  // Writable side.
  const written = [];
  let release;
  const ws = new WritableStream({
    write(chunk) {
      written.push(chunk);
      return new Promise((resolve) => { release = resolve; });
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const writer = ws.getWriter();
  await writer.ready;
  console.log('writer desiredSize', writer.desiredSize);
  writer.write('w1');
  writer.write('w2');
  console.log('after two writes', writer.desiredSize);
  writer.write('w3');
  console.log('after three writes', writer.desiredSize);
  let readyResolved = false;
  writer.ready.then(() => { readyResolved = true; });
  await tick();
  console.log('ready while full:', readyResolved, 'written:', written);
  release();
  await tick();
  release();
  await tick();
  console.log('ready after draining:', readyResolved, 'desiredSize', writer.desiredSize, 'written:', written);
  release();
  await writer.close();
  console.log('closed; desiredSize', writer.desiredSize);
}
main();
