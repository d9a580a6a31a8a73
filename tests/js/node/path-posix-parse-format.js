// path.posix.parse and path.posix.format: roots, dirs, names and extensions, round trips and format's precedence rules
const path = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
const inputs = ['', '/', '//', '/home/user/dir/file.txt', 'file.txt', './file', '../a.b.c', '/..', '/../', '//..', '..',
  '.', '/.bashrc', 'a/b/', 'a//b.c//', '/a.', '/.a.b', 'dir/', '///x.y', '...', '/x/...'];
for (const p of inputs) {
  const parsed = path.parse(p);
  show(`parse(${JSON.stringify(p)})`, parsed);
  show('  format(parse) ->', path.format(parsed));
}
show('parse keys', Object.keys(path.parse('/a/b.c')));
const objects = [
  { root: '/ignored', dir: '/home/user/dir', base: 'file.txt' },
  { root: '/', base: 'file.txt', ext: 'ignored' },
  { root: '/', name: 'file', ext: '.txt' },
  { name: 'file', ext: 'txt' },
  { name: 'file', ext: '' },
  { dir: 'd', name: 'n' },
  { dir: '/', base: 'x' },
  { root: '/', dir: '/', base: 'x' },
  { root: 'r', dir: 'r', base: 'b' },
  { root: 'r' },
  { dir: '', root: '', base: '' },
  {},
  { ext: '.js' },
  { dir: 'a', base: '', name: '', ext: '.x' },
  { dir: 1, base: 2 },
];
for (const o of objects) show(`format(${JSON.stringify(o)})`, path.format(o));
console.log('format name/length:', path.format.name, path.format.length);
