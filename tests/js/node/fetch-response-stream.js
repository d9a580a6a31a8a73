// Response with a ReadableStream body: chunks concatenated, pull-based sources, chunks that are not Uint8Array (TypeError), a stream that errors part-way (the rejection is the stream's error), disturbed or locked streams refused, cancel
const attempt = async (label, f) => {
  try {
    console.log(label, await f());
  } catch (e) {
    console.log(label, '->', e.name, e.message);
  }
};
const enc = new TextEncoder();
const fromChunks = (chunks) => new ReadableStream({
  start(controller) {
    for (const chunk of chunks) controller.enqueue(chunk);
    controller.close();
  },
});

(async () => {
  await attempt('several chunks', () => new Response(fromChunks([enc.encode('one '), enc.encode('two '), enc.encode('three')])).text());
  await attempt('empty chunks', () => new Response(fromChunks([new Uint8Array(0), enc.encode('x'), new Uint8Array(0)])).text());
  await attempt('no chunks', () => new Response(fromChunks([])).text());
  await attempt('Buffer chunk', () => new Response(fromChunks([Buffer.from('buf')])).text());
  await attempt('subarray chunk', () => new Response(fromChunks([enc.encode('__mid__').subarray(2, 5)])).text());
  // A split multi-byte character is decoded whole
  const euro = enc.encode('€');
  await attempt('split character', () => new Response(fromChunks([euro.subarray(0, 1), euro.subarray(1)])).text());

  let pulls = 0;
  const pulled = new ReadableStream({
    pull(controller) {
      pulls++;
      if (pulls <= 3) controller.enqueue(enc.encode(`p${pulls}`));
      else controller.close();
    },
  }, { highWaterMark: 0 });
  console.log('pulls before reading', pulls);
  await attempt('pull source', () => new Response(pulled).text());
  console.log('pulls after reading', pulls);

  const byteSource = new ReadableStream({
    type: 'bytes',
    start(controller) {
      controller.enqueue(new Uint8Array([104, 105]));
      controller.close();
    },
  });
  await attempt('byte stream', () => new Response(byteSource).text());

  // Chunks must be Uint8Array
  for (const [label, chunk] of [
    ['string', 'text'],
    ['ArrayBuffer', new ArrayBuffer(2)],
    ['Uint16Array', new Uint16Array(2)],
    ['DataView', new DataView(new ArrayBuffer(1))],
    ['number', 7],
    ['array', [1, 2]],
  ]) {
    const r = new Response(fromChunks([chunk]));
    await attempt(`${label} chunk`, () => r.arrayBuffer());
    console.log('  bodyUsed', r.bodyUsed, 'locked', r.body.locked);
  }
  await attempt('bad chunk after good ones', () => new Response(fromChunks([enc.encode('ok'), 'bad'])).text());

  // A stream that errors part-way: the read rejects with the stream's error
  let sent = 0;
  const failing = new ReadableStream({
    pull(controller) {
      if (sent++ < 2) controller.enqueue(enc.encode('data'));
      else controller.error(new RangeError('source failed'));
    },
  });
  const fr = new Response(failing);
  await attempt('errors part-way', () => fr.text());
  console.log('  bodyUsed', fr.bodyUsed);
  await attempt('read again', () => fr.text());
  await attempt('errored from the start', () => new Response(new ReadableStream({ start(c) { c.error('plain reason'); } })).text().catch((reason) => `rejected with ${JSON.stringify(reason)}`));
  await attempt('pull throws', () => new Response(new ReadableStream({ pull() { throw new SyntaxError('pull threw'); } })).bytes());

  // Streams already read from, or locked, are refused
  const disturbed = fromChunks([enc.encode('a'), enc.encode('b')]);
  await disturbed.getReader().read().then(() => {}, () => {});
  await attempt('disturbed', () => new Response(disturbed));
  const lockedStream = fromChunks([]);
  lockedStream.getReader();
  await attempt('locked', () => new Response(lockedStream));
  const cancelled = fromChunks([enc.encode('c')]);
  await cancelled.cancel();
  await attempt('cancelled', () => new Response(cancelled));

  // The body is the stream itself; reading through it makes the Response used
  const own = fromChunks([enc.encode('xy')]);
  const r = new Response(own);
  console.log('body is the stream', r.body === own, r.bodyUsed);
  for await (const chunk of r.body) console.log('iterated', chunk);
  console.log('used after iteration', r.bodyUsed);
  await attempt('text after iteration', () => r.text());

  // Cancelling the body: the source sees the reason; the Response reads as used
  let reason = null;
  const cancellable = new Response(new ReadableStream({ cancel(r) { reason = r; } }));
  await cancellable.body.cancel('no thanks');
  console.log('cancelled with', reason, cancellable.bodyUsed);
  await attempt('text after cancel', () => cancellable.text());
})();
