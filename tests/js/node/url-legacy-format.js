// url.format (legacy object form and strings): slashes, auth escaping, host vs hostname+port, query objects, '#'/'?' escaping, errors
const url = require('url');
const objects = [
  { protocol: 'http', host: 'example.com', pathname: '/a' },
  { protocol: 'http:', hostname: 'example.com', port: 8080, pathname: 'no-leading-slash', search: 'x=1', hash: 'frag' },
  { protocol: 'https', hostname: '::1', port: '443', pathname: '/v6' },
  { protocol: 'https', hostname: '[::1]', pathname: '/v6' },
  { protocol: 'file', pathname: '/etc/passwd' },
  { protocol: 'file:' },
  { protocol: 'mailto', pathname: 'a@b.com', query: { subject: 'hi there' } },
  { protocol: 'mailto', slashes: true, host: 'x' },
  { protocol: 'foo', host: 'h', pathname: 'p' },
  { protocol: 'http', auth: 'us er:p@ss/é', host: 'h.com' },
  { protocol: 'http', host: 'h.com', pathname: '/a#b?c', search: '?q=#1', hash: 'x#y' },
  { protocol: 'http', host: 'h.com', query: { a: [1, 2], b: 'c d', e: '' } },
  { protocol: 'http', host: 'h.com', search: '?kept', query: { ignored: 1 } },
  { protocol: 'http', host: 'h.com', query: 'a=string-query-is-ignored' },
  { hostname: 'bare.host', pathname: 'p' },
  { pathname: '/only/path', search: 'q' },
  { slashes: true, host: 'h', pathname: 'x' },
  { protocol: 'HTTP', host: 'H.COM' },
  { protocol: 'ws', host: 'w', pathname: '' },
  {},
];
for (const o of objects) console.log('obj', JSON.stringify(o), '=>', url.format(o));
for (const s of ['http://X.com/a b?c d#e f', 'HTTP://u:p@h:1/p', '//x/y', 'x?y#z', 'javascript:alert(1)']) {
  console.log('str', JSON.stringify(s), '=>', url.format(s));
}
const parsed = url.parse('http://user:pw@host.com:8080/p/a/t/h?query=string#hash');
console.log('parsed', url.format(parsed), parsed.format() === parsed.href);
parsed.query = { changed: 'yes' };
parsed.search = null;
console.log('changed query', url.format(parsed));
for (const bad of [undefined, null, 5, true]) {
  try {
    url.format(bad);
    console.log('no error');
  } catch (e) {
    console.log('error', e.name, e.code, e.message);
  }
}
