// WHATWG URL: resolving relative references against a base (string or URL object).
'use strict';

const base = 'http://a/b/c/d;p?q';
const refs = [
  'g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
  'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g',
  '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
  'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x',
  'http:g', '\\g', '\\\\server\\x', 'HTTP://other.example/',
];
for (const ref of refs) {
  console.log(`${JSON.stringify(ref)} -> ${new URL(ref, base).href}`);
}

const baseURL = new URL('https://example.org/dir/page.html?x=1#top');
for (const ref of ['other.html', '/root', '?only=query', '#frag', '//cdn.example.net/lib.js',
  'ftp://files/x', 'data:,hi']) {
  console.log(`${JSON.stringify(ref)} -> ${new URL(ref, baseURL).href}`);
}

// A base that is not special, and one with an opaque path.
console.log(new URL('x/y', 'sc://host/a/b').href);
console.log(new URL('#frag', 'mailto:a@b').href);
try {
  new URL('relative', 'mailto:a@b');
} catch (e) {
  console.log(e.code, e.message, e.input, e.base);
}

// File URLs resolve with their own rules.
console.log(new URL('..', 'file:///C:/dir/file').href);
console.log(new URL('/x', 'file://host/a/b').href);
console.log(new URL('c:/z', 'file:///a/b').href);
// The base argument is stringified; undefined means "no base".
console.log(new URL('http://abs/', undefined).href);
console.log(new URL('q', { toString() { return 'http://obj.example/dir/'; } }).href);
