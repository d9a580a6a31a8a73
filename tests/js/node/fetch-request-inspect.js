// Request inspection and shape: console.log / util.inspect of requests (Node 20's format), the class string, JSON, brand checks of every getter and method (the error's name only), the prototype's getters and methods, toStringTag, the constructor's length and name (left out, as Node 20's undici departs there: Request.prototype's own property list, with a stray 'attribute' member; a request's own symbols; getters called on a Response, where Node 20's credentials getter does not throw)
const util = require('util');

(async () => {
  console.log(new Request('http://example.com'));
  console.log(new Request('https://example.com/x?y#z', {
    method: 'post', body: 'b', headers: { 'X-Id': 'abc' }, referrer: '', referrerPolicy: 'origin', mode: 'same-origin',
    credentials: 'include', cache: 'no-store', redirect: 'manual', integrity: 'sha256-q', keepalive: true, signal: AbortSignal.abort('r'),
  }));
  console.log(new Request('http://a/', { referrer: 'http://a/from' }));
  const read = new Request('http://a/', { method: 'PATCH', body: 'x' });
  await read.text();
  console.log(read);
  console.log({ nested: { deeper: { request: new Request('http://a/') } } });
  console.log(util.inspect(new Request('http://a/', { headers: [['a', '1']] }), { depth: 0 }));
  console.log(util.inspect(new Request('http://a/'), { depth: null }));
  console.log([new Request('http://a/')]);
  console.log(util.inspect(new Request('http://a/'), { compact: false, breakLength: Infinity }).split('\n').length, 'lines when not compact');
  console.log(Object.prototype.toString.call(new Request('http://a/')), String(new Request('http://a/')), JSON.stringify(new Request('http://a/')));
  console.log('own keys', Object.keys(new Request('http://a/')));

  // Brand checks
  const getters = ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache',
    'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal', 'body', 'bodyUsed', 'duplex'];
  for (const name of getters) {
    const { get } = Object.getOwnPropertyDescriptor(Request.prototype, name);
    for (const receiver of [{}, Request.prototype, new Headers()]) {
      try {
        get.call(receiver);
        console.log(name, 'did not throw');
      } catch (e) {
        console.log('getter', name, e.name);
      }
    }
  }
  for (const name of ['text', 'json', 'arrayBuffer', 'blob', 'formData', 'bytes']) {
    await Request.prototype[name].call(new Response('x')).then(
      () => console.log(name, 'resolved'),
      (e) => console.log('method', name, e.name),
    );
  }
  try {
    Request('http://a/');
    console.log('call without new did not throw');
  } catch (e) {
    console.log('call without new', e.name);
  }

  // Shape
  const members = [...getters, 'clone', 'arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text'];
  for (const name of members) {
    const d = Object.getOwnPropertyDescriptor(Request.prototype, name);
    console.log(name, d.get ? 'getter' : typeof d.value, d.set, d.enumerable, d.configurable, d.get ? '' : d.writable);
  }
  console.log('toStringTag', Object.getOwnPropertyDescriptor(Request.prototype, Symbol.toStringTag));
  console.log(Request.length, Request.name, Request.prototype.constructor === Request, Object.getPrototypeOf(Request.prototype) === Object.prototype);
})();
