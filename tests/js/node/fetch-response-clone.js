// Response.prototype.clone: same status, statusText, type and a copy of the headers; both bodies readable (strings, streams, blobs), in either order; clone after reading or while locked throws; clones of null bodies and of Response.error()
const attempt = async (label, f) => {
  try {
    console.log(label, await f());
  } catch (e) {
    console.log(label, '->', e.name, e.message);
  }
};

(async () => {
  const original = new Response('shared body', { status: 202, statusText: 'Accepted', headers: { 'X-Id': '7' } });
  const before = original.body;
  const copy = original.clone();
  console.log('copy', copy instanceof Response, copy !== original, copy.status, copy.statusText, copy.type, copy.ok);
  console.log('original body replaced by a branch', original.body !== before, original.body instanceof ReadableStream, copy.body instanceof ReadableStream);
  console.log('headers copied', copy.headers !== original.headers, JSON.stringify([...copy.headers]));
  copy.headers.set('x-id', '8');
  original.headers.append('x-extra', 'only original');
  console.log('headers independent', original.headers.get('x-id'), copy.headers.get('x-id'), copy.headers.has('x-extra'));
  console.log('read both', await original.text(), '|', await copy.text());
  console.log('both used', original.bodyUsed, copy.bodyUsed);

  // Read the clone first, then the original; a clone of a clone
  const a = new Response('abc');
  const b = a.clone();
  const c = b.clone();
  console.log('clone first', await b.text(), await a.text(), await c.text());

  // A stream body, teed
  const streamed = new Response(new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array([1, 2]));
      controller.enqueue(new Uint8Array([3]));
      controller.close();
    },
  }));
  const streamedCopy = streamed.clone();
  console.log('stream clones', await streamed.bytes(), await streamedCopy.arrayBuffer());

  // Blob body and its content type
  const blobResponse = new Response(new Blob(['blob'], { type: 'text/x-blob' }));
  const blobCopy = blobResponse.clone();
  console.log('blob clones', blobCopy.headers.get('content-type'), (await blobCopy.blob()).type, await blobResponse.text());

  // Clone after reading, or while the body is locked, throws
  const used = new Response('used');
  await used.text();
  await attempt('clone after read', () => used.clone());
  const locked = new Response('locked');
  locked.body.getReader();
  await attempt('clone while locked', () => locked.clone());
  const half = new Response('x');
  const halfCopy = half.clone();
  await halfCopy.text();
  await attempt('clone of the unread original', async () => (await half.clone().text()));

  // Null bodies and error responses
  const empty = new Response(null, { status: 204, statusText: 'Nothing' });
  const emptyCopy = empty.clone();
  console.log('null body clone', emptyCopy.body, emptyCopy.status, emptyCopy.statusText, JSON.stringify(await emptyCopy.text()));
  await empty.text();
  console.log('null body clone after reading', empty.clone().status);
  const error = Response.error();
  const errorCopy = error.clone();
  console.log('error clone', errorCopy.type, errorCopy.status, errorCopy.ok, errorCopy.body, errorCopy !== error);
  await attempt('error clone headers', () => errorCopy.headers.append('a', 'b'));
  const redirect = Response.redirect('https://example.com/', 307).clone();
  console.log('redirect clone', redirect.status, redirect.headers.get('location'));
  await attempt('redirect clone headers', () => redirect.headers.delete('location'));
  const json = Response.json({ k: 'v' }, { status: 201 }).clone();
  console.log('json clone', json.status, json.headers.get('content-type'), await json.json());
  json.headers.set('x', 'y');
  console.log('json clone headers mutable', json.headers.get('x'));

  await attempt('clone brand', () => Response.prototype.clone.call(new Headers()));
})();
