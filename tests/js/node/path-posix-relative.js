// path.posix.relative: common prefixes, roots, equal paths, trailing slashes and relative inputs
const path = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
const pairs = [
  ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'],
  ['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib'], ['/var/lib', '/var/apache'],
  ['/var/', '/var/lib'], ['/', '/var/lib'], ['/foo/test', '/foo/test/bar/package.json'],
  ['/Users/a/web/b/test/mails', '/Users/a/web/b'], ['/foo/bar/baz-quux', '/foo/bar/baz'],
  ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'],
  ['/page1/page2/foo', '/'], ['/', '/'], ['//a//b', '/a/b/c'], ['/a/b/', '/a/b'], ['/a/./b', '/a/c/../b'],
  ['a/b', 'a/c'], ['a', 'a/b/c'], ['a/b/c', 'a'], ['', ''], ['.', './'], ['x', 'x'], ['x/y', 'x/y/..'],
  ['/a/b', '/A/B'], ['/café', '/café/x'],
];
for (const [from, to] of pairs) show(`relative(${JSON.stringify(from)}, ${JSON.stringify(to)})`, path.relative(from, to));
// relative to/from the working directory
console.log('relative("", "x") is "x":', path.relative('', 'x') === 'x');
console.log('relative(cwd, "/") equals relative("", "/"):', path.relative(process.cwd(), '/') === path.relative('', '/'));
console.log('relative(resolve("a"), "a/b") is "b":', path.relative(path.resolve('a'), 'a/b') === 'b');
