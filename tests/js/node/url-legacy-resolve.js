// url.resolve and url.resolveObject: RFC 3986 style relative resolution as Node's legacy algorithm does it
const url = require('url');
const bases = ['http://a/b/c/d;p?q', 'http://example.com/one/two', 'https://u:p@h.com:81/x/', 'mailto:local@domain', 'fred:///s//a/b/c', 'file:///etc/x', '/foo/bar/baz', 'foo/bar'];
const rels = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', '', '.', './', '..', '../', '../g', '../..', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', 'g/./h', 'g/../h', 'g;x=1/../y', 'http:g', 'https:g', 'http://other.com/x', 'https://other.com', 'ftp:/x', 'mailto:x@y', 'local2@domain2', '//u2@h2/p'];
for (const base of bases) {
  console.log('base', base);
  console.log('  ', rels.map((r) => `${r || "''"} -> ${url.resolve(base, r)}`).join(' | '));
}
const r = url.resolveObject('http://a/b/c', '../d?x#y');
console.log('resolveObject', r instanceof url.Url, JSON.stringify(r));
console.log('resolveObject empty source', url.resolveObject('', 'rel'), url.resolveObject(null, 'rel'));
const base = url.parse('http://host.com/dir/file');
console.log('Url#resolve', base.resolve('../up'), JSON.stringify(base.resolveObject('sib?q')));
