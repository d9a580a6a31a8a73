// pipeTo with an AbortSignal: aborting mid-pipe aborts the destination and cancels the source with the signal's reason (an AbortError DOMException by default); an already aborted signal; a custom reason
async function main() {
  const log = [];
  let i = 0;
  let cancelled = false;
  const src = new ReadableStream({
    pull(c) {
      return new Promise((resolve) => setTimeout(() => {
        if (!cancelled) c.enqueue(i++);
        resolve();
      }, 1));
    },
    cancel(reason) {
      cancelled = true;
      log.push(`source.cancel(${reason.name})`);
    },
  });
  const dest = new WritableStream({
    write(chunk) {
      log.push(`write ${chunk}`);
      if (chunk === 2) controller.abort();
    },
    abort(reason) { log.push(`dest.abort(${reason.name}: ${reason.message})`); },
  });
  const controller = new AbortController();
  try {
    await src.pipeTo(dest, { signal: controller.signal });
  } catch (err) {
    console.log('rejected', err.name, err instanceof DOMException, err.code, err.message);
  }
  console.log(log);
  console.log('locks released:', src.locked, dest.locked);

  const aborted = AbortSignal.abort('already');
  const log2 = [];
  try {
    await new ReadableStream({ cancel(r) { log2.push(`cancel ${r}`); } })
      .pipeTo(new WritableStream({ abort(r) { log2.push(`abort ${r}`); } }), { signal: aborted });
  } catch (err) {
    log2.push(`rejected ${err}`);
  }
  console.log(log2);

  const ac = new AbortController();
  const log3 = [];
  const p = new ReadableStream({ cancel(r) { log3.push(`cancel ${r.message}`); } })
    .pipeTo(new WritableStream({ abort(r) { log3.push(`abort ${r.message}`); } }), {
      signal: ac.signal, preventAbort: true,
    });
  ac.abort(new Error('custom reason'));
  try {
    await p;
  } catch (err) {
    log3.push(`rejected ${err.message}`);
  }
  console.log(log3);

  // pipeThrough with a signal.
  const ac2 = new AbortController();
  const out = new ReadableStream({ pull(c) { c.enqueue('z'); } })
    .pipeThrough(new TransformStream(), { signal: ac2.signal });
  const reader = out.getReader();
  console.log(await reader.read());
  ac2.abort();
  try {
    while (true) {
      const { done } = await reader.read();
      if (done) break;
    }
  } catch (err) {
    console.log('transformed readable errored:', err.name);
  }

  try {
    new ReadableStream().pipeThrough(new TransformStream(), { signal: 'nope' });
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
main();
