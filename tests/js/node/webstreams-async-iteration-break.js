// ReadableStream async iteration: for await, break cancels the stream (source.cancel runs, lock released), values({ preventCancel: true }) keeps it readable
async function main() {
  let pulls = 0;
  const rs = new ReadableStream({
    pull(controller) {
      pulls++;
      controller.enqueue(pulls);
      if (pulls === 5) controller.close();
    },
    cancel(reason) {
      console.log('source.cancel called with', reason);
    },
  });
  const seen = [];
  for await (const chunk of rs) {
    seen.push(chunk);
    if (chunk === 3) break;
  }
  console.log('seen', seen);
  console.log('locked after break:', rs.locked);
  const reader = rs.getReader();
  console.log('read after break:', await reader.read());
  reader.releaseLock();

  const rs2 = new ReadableStream({
    start(controller) {
      for (const c of ['a', 'b', 'c', 'd']) controller.enqueue(c);
      controller.close();
    },
    cancel() {
      console.log('never cancelled');
    },
  });
  for await (const chunk of rs2.values({ preventCancel: true })) {
    console.log('first pass', chunk);
    if (chunk === 'b') break;
  }
  console.log('locked:', rs2.locked);
  const rest = [];
  for await (const chunk of rs2) rest.push(chunk);
  console.log('second pass', rest);

  const rs3 = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  try {
    for await (const chunk of rs3) console.log('unreachable', chunk);
  } catch (err) {
    console.log('iteration threw', err.message, 'locked:', rs3.locked);
  }

  const rs4 = new ReadableStream();
  const it = rs4[Symbol.asyncIterator]();
  console.log(typeof it.next, typeof it.return, typeof it.throw);
  console.log('return()', await it.return('bye'));
  console.log('next() after return', await it.next());
  console.log('locked after return:', rs4.locked);
}
main();
