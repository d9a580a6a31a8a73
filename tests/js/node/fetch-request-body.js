// Request bodies: each BodyInit type and the Content-Type it implies (or one given in init), text/json/arrayBuffer/bytes/blob/formData, bodyUsed, a second read rejects, a Request built from another takes its body (the input's stream is then locked and its bodyUsed true), from a used Request (TypeError), a ReadableStream body needs duplex 'half' (and cannot be keepalive or no-cors)
const attempt = async (label, f) => {
  try {
    console.log(label, await f());
  } catch (e) {
    console.log(label, '->', e.name, e.message);
  }
};
const url = 'http://example.com/';
const post = (body, init = {}) => new Request(url, { method: 'POST', body, ...init });

(async () => {
  // Body types and the Content-Type they imply
  const sources = [
    ['string', 'héllo'],
    ['number', 42],
    ['object', { a: 1 }],
    ['URLSearchParams', new URLSearchParams('a=1&b=é')],
    ['Blob with type', new Blob(['<p>'], { type: 'text/HTML' })],
    ['Blob without type', new Blob(['raw'])],
    ['File', new File(['file'], 'f.json', { type: 'application/json' })],
    ['ArrayBuffer', new Uint8Array([104, 105]).buffer],
    ['Uint8Array view', new Uint8Array([0, 104, 105, 0]).subarray(1, 3)],
    ['DataView', new DataView(new Uint8Array([111, 107]).buffer)],
    ['empty string', ''],
  ];
  for (const [label, body] of sources) {
    const r = post(body);
    console.log(label, JSON.stringify(r.headers.get('content-type')), r.body instanceof ReadableStream, JSON.stringify(await r.text()));
  }
  const typed = post('x', { headers: { 'Content-Type': 'application/custom' } });
  console.log('init Content-Type wins', typed.headers.get('content-type'), [...typed.headers].length);
  console.log('no body', new Request(url).body, new Request(url, { method: 'POST' }).body, new Request(url, { method: 'POST', body: null }).body);

  // Reading
  await attempt('text', () => post('plain text').text());
  await attempt('json', () => post('{"a":[1,{"b":null}]}').json());
  await attempt('json invalid', () => post('{bad').json().catch((e) => { throw new Error(`${e.name} from JSON.parse`); }));
  await attempt('arrayBuffer', async () => {
    const ab = await post(new Uint8Array([1, 2, 255])).arrayBuffer();
    return [ab instanceof ArrayBuffer, ab.byteLength, [...new Uint8Array(ab)]];
  });
  await attempt('blob', async () => {
    const blob = await post('blob text', { headers: { 'content-type': 'Text/Plain; Charset=UTF-8' } }).blob();
    return [blob instanceof Blob, blob.size, blob.type, await blob.text()];
  });
  await attempt('blob of a Blob body', async () => (await post(new Blob(['z'], { type: 'image/svg+xml' })).blob()).type);
  await attempt('formData urlencoded', async () => [...await post(new URLSearchParams('x=1&y=2')).formData()]);
  await attempt('formData text/plain', () => post('x=1').formData().catch((e) => { throw new Error(`${e.name} for text/plain`); }));
  await attempt('empty body text', async () => JSON.stringify(await new Request(url).text()));
  await attempt('empty body arrayBuffer', async () => (await new Request(url, { method: 'POST' }).arrayBuffer()).byteLength);

  // bodyUsed and a second read
  const r = post('once');
  const stream = r.body;
  console.log('before', r.bodyUsed, stream.locked);
  const pending = r.text();
  console.log('while reading', r.bodyUsed, stream.locked);
  console.log('read', await pending, r.bodyUsed, r.body === stream);
  await attempt('text again', () => r.text());
  await attempt('arrayBuffer again', () => r.arrayBuffer());
  await attempt('json again', () => r.json());
  await attempt('blob again', () => r.blob());
  await attempt('formData again', () => r.formData());
  console.log('null body never used', new Request(url).bodyUsed, await new Request(url).text() === '', new Request(url).bodyUsed);
  const locked = post('locked');
  const reader = locked.body.getReader();
  console.log('locked', locked.bodyUsed);
  await attempt('locked text', () => locked.text());
  reader.releaseLock();
  await attempt('released text', () => locked.text());

  // A Request from another Request takes its body
  const input = post('taken body', { headers: { 'content-type': 'text/x-taken' } });
  const inputStream = input.body;
  const taker = new Request(input);
  console.log('input after', input.bodyUsed, input.body === inputStream, inputStream.locked, taker.body !== inputStream);
  console.log('taker', taker.method, taker.headers.get('content-type'), await taker.text());
  await attempt('input text', () => input.text());
  await attempt('from a used Request', () => new Request(input).method);
  const read = post('read');
  await read.text();
  await attempt('from a read Request', () => new Request(read).method);
  await attempt('from a read Request with a new body', async () => new Request(read, { body: 'new' }).text());
  const lockedInput = post('locked input');
  lockedInput.body.getReader();
  await attempt('from a locked Request', () => new Request(lockedInput).method);
  const nullBody = post('kept');
  const withNull = new Request(nullBody, { body: null });
  console.log('init body null takes the input body', nullBody.bodyUsed, withNull.body !== null, await withNull.text());
  const replaced = post('old');
  const withNew = new Request(replaced, { body: 'new' });
  console.log('init body replaces', replaced.bodyUsed, await withNew.text(), await replaced.text());
  console.log('no body to take', new Request(new Request(url)).body, new Request(new Request(url)).bodyUsed);

  // ReadableStream bodies
  const chunks = () => new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('str'));
      controller.enqueue(new TextEncoder().encode('eam'));
      controller.close();
    },
  });
  await attempt('stream without duplex', () => post(chunks()).method);
  const source = chunks();
  const streamed = post(source, { duplex: 'half' });
  console.log('stream with duplex', streamed.body === source, streamed.duplex, streamed.headers.get('content-type'), await streamed.text());
  try {
    console.log('stream keepalive', post(chunks(), { duplex: 'half', keepalive: true }).keepalive);
  } catch (e) {
    console.log('stream keepalive ->', e.name);
  }
  await attempt('stream no-cors', () => post(chunks(), { duplex: 'half', mode: 'no-cors' }).method);
  await attempt('stream same-origin', () => post(chunks(), { duplex: 'half', mode: 'same-origin' }).mode);
  await attempt('from a stream Request in no-cors', () => new Request(post(chunks(), { duplex: 'half' }), { mode: 'no-cors' }).mode);
  const disturbed = chunks();
  disturbed.getReader().read();
  await attempt('disturbed stream', () => post(disturbed, { duplex: 'half' }).method);
  const lockedStream = chunks();
  lockedStream.getReader();
  await attempt('locked stream', () => post(lockedStream, { duplex: 'half' }).method);
  await attempt('non-bytes chunk', () => post(new ReadableStream({ start(c) { c.enqueue('text'); c.close(); } }), { duplex: 'half' }).text());
  await attempt('errored stream', () => post(new ReadableStream({ start(c) { c.error(new RangeError('boom')); } }), { duplex: 'half' }).text());
  await Request.prototype.text.call({}).catch((e) => console.log('brand', e.name));
})();
