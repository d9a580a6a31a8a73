// WHATWG URL with require('url'): fileURLToPath, pathToFileURL, format, urlToHttpOptions, domain helpers.
'use strict';
const url = require('url');

console.log(url.fileURLToPath(new URL('file:///a%20b')));
console.log(url.fileURLToPath(new URL('file:///tmp/%E2%82%AC/x.txt')));
console.log(url.fileURLToPath('file:///already/a/string'));
try {
  url.fileURLToPath(new URL('http://not-a-file/'));
} catch (e) {
  console.log(e.code, e.message);
}
try {
  url.fileURLToPath(new URL('file:///a%2Fb'));
} catch (e) {
  console.log(e.code, e.message);
}
try {
  url.fileURLToPath(new URL('file://host/x'));
} catch (e) {
  console.log(e.code, e.message);
}

const f = url.pathToFileURL('/tmp/some dir/file#1?.txt');
console.log(f instanceof URL, f.href, f.pathname);
console.log(url.fileURLToPath(f));
console.log(url.pathToFileURL('/with/trailing/').href);

const w = new URL('https://user:pass@測試.example:8443/p?q=1#frag');
console.log(url.format(w));
console.log(url.format(w, { fragment: false, unicode: true, auth: false, search: false }));
const opts = url.urlToHttpOptions(new URL('http://a:b@[::1]:8080/path?x=y#h'));
console.log(JSON.stringify(opts));
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'));
// url.parse still makes legacy objects, not URL instances.
console.log(url.parse('http://legacy/x') instanceof URL, new URL('http://x').constructor === url.URL);
