// pipeThrough TransformStreams: transform/flush, chained transforms, writer/reader on the ends, pipeTo result
async function main() {
  const upper = new TransformStream({
    start() { console.log('upper start'); },
    transform(chunk, controller) {
      controller.enqueue(String(chunk).toUpperCase());
    },
    flush(controller) {
      controller.enqueue('<END>');
      console.log('upper flush');
    },
  });
  const split = new TransformStream({
    transform(chunk, controller) {
      for (const part of chunk.split(' ')) if (part) controller.enqueue(part);
    },
  });
  const source = new ReadableStream({
    start(controller) {
      controller.enqueue('hello web');
      controller.enqueue('streams in');
      controller.enqueue('spindle');
      controller.close();
    },
  });
  const out = [];
  const result = await source
    .pipeThrough(upper)
    .pipeThrough(split)
    .pipeTo(new WritableStream({
      write(chunk) { out.push(chunk); },
      close() { console.log('sink closed'); },
    }));
  console.log('pipeTo resolved with', result);
  console.log(out);

  // An identity TransformStream used with a writer and a reader.
  const identity = new TransformStream();
  const writer = identity.writable.getWriter();
  const reader = identity.readable.getReader();
  writer.write(1);
  writer.write({ two: 2 });
  writer.close();
  let r;
  while (!(r = await reader.read()).done) console.log('identity', r.value);
  console.log('identity done', r);

  // A transform that returns a promise.
  const slowDouble = new TransformStream({
    async transform(chunk, controller) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      controller.enqueue(chunk * 2);
    },
  });
  const doubled = [];
  for await (const x of ReadableStream.from([1, 2, 3]).pipeThrough(slowDouble)) doubled.push(x);
  console.log('doubled', doubled);
  console.log(upper.readable.locked, upper.writable.locked);
}
main();
