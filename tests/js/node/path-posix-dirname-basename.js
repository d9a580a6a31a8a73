// path.posix dirname, basename (with and without suffix) and extname, including Node's corner cases
const path = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
const inputs = ['', '/', '//', '///', 'a', 'a/', '/a', '//a', '///a', '/a/b', '/a/b/', 'a/b', 'a//b', 'a/b//', '/a//b/c',
  '.', '..', '/..', 'a/.', 'file.js', '/dir/file.js', '/dir/file.tar.gz', '.bashrc', '/x/.bashrc', '..foo', 'a.', 'a..',
  '...', '.x.', 'dir/.', 'C:\\dir\\file.txt', '/ü/é.ß'];
for (const p of inputs) {
  show(`dirname(${JSON.stringify(p)})`, path.dirname(p));
  show(`basename(${JSON.stringify(p)})`, path.basename(p));
  show(`extname(${JSON.stringify(p)})`, path.extname(p));
}
const withSuffix = [
  ['/foo/bar/baz/asdf/quux.html', '.html'], ['/foo/bar/baz/asdf/quux.HTML', '.html'], ['file.js', '.js'],
  ['file.js', 'js'], ['file.js', 'file.js'], ['dir/file.js', 'file.js'], ['file.js', 'e.js'], ['file.js/', '.js'],
  ['file.js//', 'js'], ['.js', '.js'], ['a/.js', '.js'], ['js', 'x.js'], ['/ab/', 'xab'], ['ab', 'xab'], ['///', '/'],
  ['a', ''], ['aaa', 'a'], ['a.b.c', '.c'], ['a.b.c', 'b.c'], ['/', 'x'], ['x', 'longer-than-path'],
];
for (const [p, s] of withSuffix) show(`basename(${JSON.stringify(p)}, ${JSON.stringify(s)})`, path.basename(p, s));
show('basename(p, undefined)', path.basename('/a/b.js', undefined));
