// path.win32.join: backslash joining, collapsing of leading slashes unless a UNC root is meant, drives
const { win32 } = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
const cases = [
  [], [''], ['', ''], ['.', '.'], ['a', 'b'], ['a/', '/b'], ['/a', '..', '..'], ['//server', 'share'],
  ['\\\\server', 'share', 'dir'], ['//server/share', '..', 'x'], ['//', 'server', 'share'], ['///', 'server'],
  ['\\\\\\server', 'share'], ['/', '/server', 'share'], ['', '//server', 'share'], ['//', ''], ['//', '//a'],
  ['\\\\', '\\a'], ['C:', 'x'], ['C:', '\\x'], ['C:\\', '..'], ['c:', '..', 'y'], ['x', 'C:y'], ['a', 'c:'],
  ['\\\\?\\', 'C:', 'x'], ['dir', 'file.txt'], ['a', '', '', 'b\\\\c'], ['CON', ':x'], ['a', ':'], ['./', 'c:']];
for (const args of cases) show(`join(${args.map((a) => JSON.stringify(a)).join(', ')})`, win32.join(...args));
