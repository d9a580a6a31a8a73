// Headers guards and inspection: the immutable headers of Response.error() and Response.redirect(), mutable headers of other responses, and how console.log / util.inspect show a Headers (names as given, values combined)
const util = require('util');
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, '->', e.name, e.message);
  }
};

const errorHeaders = Response.error().headers;
t('error append', () => errorHeaders.append('a', 'b'));
t('error set', () => errorHeaders.set('a', 'b'));
t('error delete', () => errorHeaders.delete('a'));
t('error get/has', () => [errorHeaders.get('a'), errorHeaders.has('a'), [...errorHeaders]]);
// Names and values are validated before the guard is checked
t('error append bad name', () => errorHeaders.append('bad name', 'v'));
t('error set non-ByteString value', () => errorHeaders.set('a', '\u0100'));
t('error delete bad name', () => errorHeaders.delete('bad name'));
t('error too few arguments', () => errorHeaders.append('a'));
t('error clone is immutable', () => Response.error().clone().headers.set('a', 'b'));

const redirectHeaders = Response.redirect('https://example.com/next', 301).headers;
t('redirect set', () => redirectHeaders.set('location', 'https://evil.example/'));
t('redirect delete', () => redirectHeaders.delete('Location'));
t('redirect location', () => redirectHeaders.get('location'));

const r = new Response('body', { headers: { 'X-Init': '1' } });
r.headers.append('X-Later', '2');
r.headers.set('Set-Cookie', 'a=1');
r.headers.delete('x-init');
t('response headers mutable', () => JSON.stringify([...r.headers]));
t('same object each time', () => r.headers === r.headers);
t('json headers mutable', () => { const j = Response.json(1); j.headers.set('content-type', 'text/x'); return j.headers.get('content-type'); });

// Inspection shows the names as given (the last set, or first appended), in insertion order
const h = new Headers([['X-Foo', 'a'], ['Set-Cookie', 'c=1'], ['b', '1'], ['set-cookie', 'd=2'], ['x-foo', 'b']]);
console.log(h);
h.set('X-FOO', 'z');
h.delete('b');
h.append('B', '2');
h.append('Cookie', 'k=1');
h.append('cookie', 'l=2');
console.log(h);
console.log(new Headers());
console.log(new Headers(h));
console.log([new Headers({ a: '1' })], { nested: { deeper: { h: new Headers({ deep: 'yes' }) } } });
console.log(new Headers({ 'Content-Type': 'text/plain', 'X-Long-Header-Name': 'a fairly long value here', Accept: '*/*' }));
console.log(util.inspect(new Headers({ a: 'b', c: 'd' }), { depth: 0 }));
console.log(util.inspect(new Headers({ a: 'b' }), { compact: false }));
console.log(util.format('%s|%o|%j', new Headers({ s: '1' }), new Headers({ o: '2' }), new Headers({ j: '3' })));
console.log(String(new Headers()), `${Object.keys(new Headers({ a: 'b' }))}`, JSON.stringify(new Headers({ a: 'b' })));
