// node:path as an ES module: default export, named exports, path/posix and path/win32 defaults
import path, { join, win32, posix as posixNamed, sep, delimiter, basename, resolve, parse, format, relative } from 'node:path';
import posix from 'path/posix';
import win32Default from 'node:path/win32';
import * as ns from 'path';

console.log(path === posix, posixNamed === path, win32 === path.win32, win32Default === win32);
console.log(join('/a', 'b', '../c'), win32.join('C:\\a', 'b', '..\\c'));
console.log(JSON.stringify([sep, delimiter]), basename('/x/file.txt', '.txt'));
console.log(resolve('/root', 'x') === '/root/x', resolve('x') === process.cwd() + '/x');
console.log(JSON.stringify(parse('/home/u/f.tar.gz')), format({ dir: '/d', name: 'n', ext: 'e' }));
console.log(relative('/a/b/c', '/a/d'), win32.relative('C:\\a\\b', 'c:\\A\\x'));
console.log(ns.default === path, ns.join === join, ns.win32 === win32);
// matchesGlob is experimental in Node 20 and not covered here
console.log(Object.keys(ns).filter((k) => k !== 'matchesGlob').join(' '));
