// Response inspection and shape: console.log of responses in several states (Node 20's format), brand checks of the getters and methods, prototype members, toStringTag
const util = require('util');

(async () => {
  console.log(new Response());
  console.log(new Response('hello', { status: 201, statusText: 'Created', headers: { 'X-Request-Id': 'abc' } }));
  const read = new Response('done', { status: 404, statusText: 'Not Found' });
  await read.text();
  console.log(read);
  console.log(new Response(new ReadableStream()));
  console.log(Response.error());
  console.log(Response.redirect('https://example.com/next', 308));
  console.log(Response.json({ ok: true }));
  console.log({ nested: { deeper: { response: new Response(null, { status: 204 }) } } });
  console.log([new Response(null, { headers: [['Set-Cookie', 'a=1'], ['set-cookie', 'b=2']] })]);
  console.log(util.inspect(new Response(null, { status: 299 }), { depth: null }));
  console.log(util.inspect(new Response(null), { compact: false, breakLength: Infinity }).split('\n').length, 'lines when not compact');
  console.log(Object.prototype.toString.call(new Response()), String(new Response()), JSON.stringify(new Response()));

  // Brand checks: print only the error's name
  const getters = ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body', 'bodyUsed'];
  for (const name of getters) {
    const { get } = Object.getOwnPropertyDescriptor(Response.prototype, name);
    for (const receiver of [{}, Response.prototype, new Headers()]) {
      try {
        get.call(receiver);
        console.log(name, 'did not throw');
      } catch (e) {
        console.log('getter', name, e.name);
      }
    }
  }
  try {
    Response.prototype.clone.call({});
  } catch (e) {
    console.log('clone', e.name);
  }
  try {
    Response();
  } catch (e) {
    console.log('call without new', e.name);
  }

  // Shape
  const members = ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body', 'bodyUsed', 'clone', 'arrayBuffer', 'blob', 'bytes', 'json', 'text'];
  for (const name of members) {
    const d = Object.getOwnPropertyDescriptor(Response.prototype, name);
    console.log(name, d.get ? 'getter' : typeof d.value, d.set, d.enumerable, d.configurable);
  }
  console.log('own enumerable keys', Object.keys(new Response()));
  console.log('toStringTag', Object.getOwnPropertyDescriptor(Response.prototype, Symbol.toStringTag));
  console.log('Headers toStringTag', Object.getOwnPropertyDescriptor(Headers.prototype, Symbol.toStringTag));
  console.log(Response.length, Response.name, typeof Response.prototype.constructor, Response.prototype.constructor === Response);
  class MyResponse extends Response {}
  const mine = new MyResponse('sub', { status: 202 });
  const mineClone = mine.clone();
  console.log('subclass', mine instanceof MyResponse, mine.status, await mine.text(), mineClone instanceof MyResponse, mineClone instanceof Response);
})();
