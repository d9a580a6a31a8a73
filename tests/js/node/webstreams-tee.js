// ReadableStream.tee(): both branches see the same chunks (same objects), independent pace, cancel of both branches gives the source a composite reason
async function main() {
  const obj = { n: 1 };
  const rs = new ReadableStream({
    start(controller) {
      controller.enqueue(obj);
      controller.enqueue('two');
      controller.enqueue(3);
      controller.close();
    },
  });
  const [left, right] = rs.tee();
  console.log('source locked:', rs.locked, left.locked, right.locked);
  const leftReader = left.getReader();
  const first = await leftReader.read();
  console.log('left first', first, 'same object:', first.value === obj);
  const rightChunks = [];
  for await (const chunk of right) rightChunks.push(chunk);
  console.log('right', rightChunks, rightChunks[0] === obj);
  console.log('left rest', await leftReader.read(), await leftReader.read(), await leftReader.read());

  // Cancelling both branches cancels the source with [reason1, reason2].
  const src = new ReadableStream({
    pull(c) { c.enqueue('x'); },
    cancel(reason) {
      console.log('source cancelled with', reason);
      return 'ignored';
    },
  });
  const [a, b] = src.tee();
  const pa = a.cancel('reason A');
  console.log('after cancelling one branch, source locked:', src.locked);
  const pb = b.cancel('reason B');
  console.log('cancel results', await pa, await pb);

  // An error in the source errors both branches.
  let ctl;
  const erring = new ReadableStream({ start(c) { ctl = c; } });
  const [e1, e2] = erring.tee();
  ctl.error(new TypeError('bad source'));
  for (const branch of [e1, e2]) {
    try {
      await branch.getReader().read();
    } catch (err) {
      console.log('branch error', err.name, err.message);
    }
  }

  // Teeing a locked stream throws.
  const locked = new ReadableStream();
  locked.getReader();
  try {
    locked.tee();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
main();
