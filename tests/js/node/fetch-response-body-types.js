// Response constructor bodies: string, Uint8Array (and a view into a larger buffer), ArrayBuffer, DataView, Blob (its type becomes the Content-Type), URLSearchParams, ReadableStream, null/undefined, and other values converted to strings; the default Content-Type of each and an explicit one
const describe = async (label, body, init) => {
  const r = new Response(body, init);
  const stream = r.body;
  const kind = stream === null ? 'null' : stream instanceof ReadableStream ? 'ReadableStream' : typeof stream;
  const type = r.headers.get('content-type');
  const bytes = await r.bytes();
  console.log(label, '|', kind, '|', type, '|', bytes.length, JSON.stringify(new TextDecoder().decode(bytes)));
};

(async () => {
  await describe('string', 'héllo wörld');
  await describe('empty string', '');
  await describe('lone surrogate', 'a\ud800b');
  const u8 = new Uint8Array([104, 105, 33]);
  await describe('Uint8Array', u8);
  const big = new Uint8Array([0, 1, 65, 66, 67, 2, 3]);
  const view = big.subarray(2, 5);
  const copied = new Response(view);
  big[2] = 90; // the body was copied when the Response was made
  console.log('view copied at construction', await copied.text());
  await describe('Int16Array', new Int16Array([0x4241, 0x4443]));
  await describe('ArrayBuffer', new TextEncoder().encode('from buffer').buffer);
  await describe('empty ArrayBuffer', new ArrayBuffer(0));
  await describe('DataView', new DataView(new TextEncoder().encode('xxDVxx').buffer, 2, 2));
  await describe('Buffer', Buffer.from('node buffer'));
  await describe('Blob with type', new Blob(['blob text'], { type: 'Text/X-Custom;Charset=Latin1' }));
  await describe('Blob without type', new Blob(['untyped']));
  await describe('File', new File(['file body'], 'name.txt', { type: 'text/csv' }));
  await describe('URLSearchParams', new URLSearchParams({ q: 'a b&c', lang: 'fr', e: 'é' }));
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('chunk1 '));
      controller.enqueue(new TextEncoder().encode('chunk2'));
      controller.close();
    },
  });
  const sr = new Response(stream);
  console.log('stream body is the same object', sr.body === stream, sr.headers.get('content-type'));
  await describe('ReadableStream', new ReadableStream({ start(c) { c.enqueue(new Uint8Array([79, 75])); c.close(); } }));
  await describe('null', null);
  await describe('undefined', undefined);
  await describe('no arguments');
  await describe('number', 12.5);
  await describe('boolean', false);
  await describe('array', [1, [2, 3]]);
  await describe('plain object', { a: 1 });
  await describe('object with toString', { toString() { return 'custom!'; } });
  await describe('URL', new URL('https://example.com/a?b'));

  // An explicit Content-Type (any case) wins over the body's
  await describe('explicit string type', 'x', { headers: { 'Content-Type': 'application/octet-stream' } });
  await describe('explicit blob type', new Blob(['y'], { type: 'image/png' }), { headers: [['content-TYPE', 'text/html']] });
  await describe('explicit type, no body', null, { headers: { 'content-type': 'text/plain' } });

  // Each construction gives a fresh ReadableStream; reading the body through it
  const r = new Response('direct');
  const reader = r.body.getReader();
  const first = await reader.read();
  console.log('read directly', first.value instanceof Uint8Array, new TextDecoder().decode(first.value), (await reader.read()).done, r.bodyUsed);
  const s1 = new Response('a').body;
  console.log('distinct streams', s1 !== new Response('a').body, s1.locked);
  try {
    new Response(Symbol('body'));
  } catch (e) {
    console.log('symbol body', e.name);
  }
})();
