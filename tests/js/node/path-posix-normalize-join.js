// path.posix.normalize and path.posix.join: dots, repeated and trailing slashes, empty segments, leading '..'
const path = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
const inputs = ['', '.', './', '..', '../', '/', '//', '///', 'a', 'a/', 'a//', '/a/b/../c', 'a/./b/.', 'a/b/../../..',
  '/../..', '/a/../..', './../a', 'a/../../b/', '..//..//', '...', '.../..', 'a/...', 'a..', '..a/..', '/.hidden/./x',
  'foo\\bar', 'a/b/c/../../../', '//a//b//', '/./', 'C:\\x\\..', '.a./.b.'];
for (const p of inputs) show(`normalize(${JSON.stringify(p)})`, path.normalize(p));
show('join()', path.join());
show('join("")', path.join(''));
show('join("", "")', path.join('', ''));
show('join(".", ".")', path.join('.', '.'));
show('join("/", "..")', path.join('/', '..'));
show('join("a", "", "b")', path.join('a', '', 'b'));
show('join("/foo", "bar", "baz/asdf", "quux", "..")', path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
show('join("a/", "/b")', path.join('a/', '/b'));
show('join("", "/a")', path.join('', '/a'));
show('join("a", "../..", "b")', path.join('a', '../..', 'b'));
show('join("//a", "b")', path.join('//a', 'b'));
show('join("a", "b/")', path.join('a', 'b/'));
show('join("a", ".")', path.join('a', '.'));
show('join(".", "./")', path.join('.', './'));
show('join("/", "/", "/")', path.join('/', '/', '/'));
show('join("a\\\\b", "c")', path.join('a\\b', 'c'));
show('posix is path', path.posix.normalize === path.normalize && path.posix.join === path.join);
