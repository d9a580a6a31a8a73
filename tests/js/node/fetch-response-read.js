// Response body reading: text/json/arrayBuffer/bytes/blob, bodyUsed before and after, a second read rejects, a locked body, null bodies, the blob type from the parsed Content-Type, a leading BOM, invalid UTF-8 and JSON
const attempt = async (label, f) => {
  try {
    console.log(label, await f());
  } catch (e) {
    console.log(label, '->', e.name, e.message);
  }
};

(async () => {
  const r = new Response('héllo');
  const stream = r.body;
  console.log('before', r.bodyUsed, stream.locked, r.body === stream);
  const pending = r.text();
  console.log('while reading', r.bodyUsed, stream.locked, pending instanceof Promise);
  console.log('text', await pending);
  console.log('after', r.bodyUsed, stream.locked, r.body === stream);
  await attempt('text again', () => r.text());
  await attempt('json again', () => r.json());
  await attempt('arrayBuffer again', () => r.arrayBuffer());
  await attempt('bytes again', () => r.bytes());
  await attempt('blob again', () => r.blob());
  // The rejection is a promise, never a synchronous throw
  let sync = 'no throw';
  try {
    r.text().catch(() => {});
  } catch {
    sync = 'threw';
  }
  console.log('second read', sync);

  await attempt('json', () => new Response('{"a":[1,2,{"b":null}],"c":"\\u00e9"}').json());
  await attempt('json number', () => new Response(' 42 ').json());
  await attempt('json name only', () => new Response('{bad').json().catch((e) => { throw new Error(`${e.name} from JSON.parse`); }));
  await attempt('json empty', () => new Response('').json().catch((e) => { throw new Error(`${e.name} from JSON.parse`); }));
  const ab = await new Response(new Uint8Array([1, 2, 3, 255])).arrayBuffer();
  console.log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength, [...new Uint8Array(ab)]);
  const bytes = await new Response('AB').bytes();
  console.log('bytes', bytes instanceof Uint8Array, bytes.constructor.name, bytes);

  // blob(): the type is the parsed and serialized Content-Type, '' if none or unparsable
  const b = await new Response('blob body').blob();
  console.log('blob', b instanceof Blob, b.size, JSON.stringify(b.type), await b.text());
  for (const type of [
    'Text/HTML; Charset=UTF-8',
    'application/json',
    'text/plain;charset="utf-8"',
    'a/b;x="y z";Y=1',
    'a/b ; p=v;;q;r=;s="quoted \\"q\\""',
    'text/plain, application/json',
    'text/html;charset=gbk, text/html',
    'text/html, */*',
    'bogus',
    '/x',
    '',
  ]) {
    const blob = await new Response('x', { headers: { 'content-type': type } }).blob();
    console.log('blob type', JSON.stringify(type), '->', JSON.stringify(blob.type));
  }
  console.log('blob without content-type', JSON.stringify((await new Response(new Uint8Array([1])).blob()).type));
  console.log('blob from a Blob body', JSON.stringify((await new Response(new Blob(['z'], { type: 'image/svg+xml' })).blob()).type));

  // Null bodies read as empty, again and again, and are never "used"
  const n = new Response(null, { status: 204 });
  console.log('null body', JSON.stringify(await n.text()), JSON.stringify(await n.text()), (await n.arrayBuffer()).byteLength, (await n.bytes()).length, (await n.blob()).size, n.bodyUsed);
  await attempt('null json', () => n.json().catch((e) => { throw new Error(`${e.name} from JSON.parse`); }));

  // A locked body cannot be read, but it is not "used" until read
  const locked = new Response('locked');
  const reader = locked.body.getReader();
  console.log('locked', locked.bodyUsed, locked.body.locked);
  await attempt('locked text', () => locked.text());
  reader.releaseLock();
  await attempt('released text', () => locked.text());

  // UTF-8 decoding: a leading BOM dropped (a later one kept), invalid sequences replaced
  const codePoints = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
  console.log(codePoints(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xef, 0xbb, 0xbf])).text()));
  console.log(codePoints(await new Response(new Uint8Array([0x61, 0xff, 0xc3, 0x62, 0xe2, 0x82])).text()));
  console.log(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x5b, 0x31, 0x5d])).json());

  // Wrong receivers reject
  for (const name of ['text', 'json', 'arrayBuffer', 'bytes', 'blob']) {
    await Response.prototype[name].call({}).then(
      () => console.log(name, 'resolved'),
      (e) => console.log('brand', name, e.name),
    );
  }
})();
