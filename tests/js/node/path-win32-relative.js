// path.win32.relative: case-insensitive comparison, drives, UNC shares, device roots, and a lower-casing that changes length
const { win32 } = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
const pairs = [
  ['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'], ['c:/aaaa/bbbb', 'c:/aaaa/bbbb'],
  ['c:/aaaa/bbbb', 'C:/AAAA/BBBB/cccc'], ['c:/aaaa/', 'c:/aaaa/cccc'], ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'],
  ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaaa/', 'c:/aaaa/cccc'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz'],
  ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'],
  ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux'], ['C:\\baz-quux', 'C:\\baz'],
  ['C:\\baz', 'C:\\baz-quux'], ['\\\\foo\\baz-quux', '\\\\foo\\baz'], ['\\\\foo\\baz', '\\\\foo\\baz-quux'],
  ['C:\\baz', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', 'C:\\baz'], ['\\\\s\\a\\x', '\\\\s\\b\\y'],
  ['C:\\İ\\a', 'C:\\i̇\\b'], ['C:\\İ', 'C:\\İ\\x\\y'], ['C:\\İ\\x\\y', 'C:\\İ'], ['C:\\İ\\x', 'c:\\İ\\X'],
  ['C:\\a\\İ', 'D:\\b'], ['C:\\ab\\İ', 'C:\\ab\\İ\\'], ['C:\\ǅ\\x', 'C:\\ǆ\\y'], ['\\ab', '\\abc'],
  ['C:\\x', 'C:\\x\\'], ['', ''], ['a', 'a'],
];
for (const [from, to] of pairs) show(`relative(${JSON.stringify(from)}, ${JSON.stringify(to)})`, win32.relative(from, to));
console.log('relative("a\\\\b", "a\\\\c") is "..\\\\c":', win32.relative('a\\b', 'a\\c') === '..\\c');
console.log('relative("x", "x/y/z") is "y\\\\z":', win32.relative('x', 'x/y/z') === 'y\\z');
