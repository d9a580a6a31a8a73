// the node:path module object: posix by default, the posix/win32 cross links, sep/delimiter, path/posix and path/win32
const path = require('path');
const nodePath = require('node:path');
const posix = require('path/posix');
const win32 = require('node:path/win32');
// matchesGlob is experimental in Node 20 and not covered here
const keys = (o) => Object.keys(o).filter((k) => k !== 'matchesGlob');
console.log(keys(path).join(' '));
console.log(keys(path.win32).join(' '));
console.log(path === nodePath, path === posix, path.posix === path, win32 === path.win32);
console.log(path.win32.win32 === path.win32, path.win32.posix === path, path.posix.posix === path, path.posix.win32 === path.win32);
console.log(JSON.stringify([path.sep, path.delimiter, path.win32.sep, path.win32.delimiter]));
console.log(path.win32.resolve !== path.resolve, typeof path.win32.join);
for (const k of keys(path)) {
  const v = path[k];
  if (typeof v === 'function') console.log(k, v.name, v.length, Object.prototype.hasOwnProperty.call(v, 'prototype'));
}
const desc = Object.getOwnPropertyDescriptor(path, 'join');
console.log('join descriptor:', desc.writable, desc.enumerable, desc.configurable);
let constructed = 'no error';
try { new path.join('a'); } catch (err) { constructed = err.constructor.name; }
console.log('new path.join():', constructed);
// methods work detached from the object
const { join, basename } = path;
const { join: winJoin } = path.win32;
console.log(join('a', 'b'), basename('/x/y.z', '.z'), winJoin('a', 'b'));
// CommonJS require of the same module returns the same object
console.log(require('path') === path, require('path/posix') === require('node:path/posix'));
