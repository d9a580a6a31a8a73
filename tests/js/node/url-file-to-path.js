// url.fileURLToPath (POSIX): percent-decoding, localhost host, encoded '/' rejected, string and URL inputs, error codes
const url = require('url');
const inputs = [
  'file:///home/user/file.txt', 'file:///a%20b/c%25d', 'file:///%E2%82%AC/%F0%9F%98%80', 'file://localhost/etc/hosts',
  'file:///a?query#hash', 'file:///', 'file:///a/b/', 'file:///a%5Cb', 'file:///a\\b', 'file:///tab%09nl%0A',
  'file:///C:/windows/path', 'file:///a%2fb', 'file:///a%2Fb', 'file:///%2', 'file://host/share', 'file://xn--ls8h/x',
  'http://example.com/x', 'not a url', 'file:///%', 'file:///%zz', 'file:///a/%2e%2e/b',
];
for (const input of inputs) {
  for (const kind of ['string', 'URL']) {
    try {
      const arg = kind === 'string' ? input : new URL(input);
      console.log(kind, JSON.stringify(input), '->', JSON.stringify(url.fileURLToPath(arg)));
    } catch (e) {
      console.log(kind, JSON.stringify(input), 'error', e.name, e.code, e.message);
    }
  }
}
for (const bad of [5, null, undefined, {}, { href: 'file:///x' }, url.parse('file:///legacy')]) {
  try {
    console.log('bad ok', url.fileURLToPath(bad));
  } catch (e) {
    console.log('bad', e.name, e.code, e.message);
  }
}
console.log('look-alike', url.fileURLToPath({ href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/look%20alike' }));
