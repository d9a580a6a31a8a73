// path.toNamespacedPath and the legacy _makeLong: a no-op for posix, long \\?\ forms for win32 drive and UNC paths
const path = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
for (const p of ['', 'a', '/a/b', 'C:\\x', '\\\\server\\share\\x'])
  show(`posix.toNamespacedPath(${JSON.stringify(p)})`, path.posix.toNamespacedPath(p));
const obj = {};
console.log('non-strings pass through:', path.toNamespacedPath(obj) === obj, path.toNamespacedPath(null), path.toNamespacedPath(7),
  path.win32.toNamespacedPath(obj) === obj, path.win32.toNamespacedPath(undefined), path.win32.toNamespacedPath(7));
const inputs = ['', 'C:\\foo', 'C:/foo/../bar', 'c:\\', '\\\\server\\share\\file', '//server/share/dir/',
  '\\\\?\\C:\\already', '\\\\.\\pipe\\name', '\\\\?\\UNC\\s\\h', 'C:\\x\\..\\..\\y', '\\\\server\\share'];
for (const p of inputs) show(`win32.toNamespacedPath(${JSON.stringify(p)})`, path.win32.toNamespacedPath(p));
// drive-relative input resolves against the drive's cwd (the process cwd on POSIX)
const cwdTail = process.cwd().replace(/\//g, '\\');
console.log('win32.toNamespacedPath("C:rel") is \\\\?\\C: + cwd + \\rel:', path.win32.toNamespacedPath('C:rel') === '\\\\?\\C:' + cwdTail + '\\rel');
// a path that resolves against the (POSIX) process cwd stays a plain resolved path
console.log('win32.toNamespacedPath("some-name") is the resolved path:', path.win32.toNamespacedPath('some-name') === path.win32.resolve('some-name'));
console.log('_makeLong is toNamespacedPath:', path._makeLong === path.toNamespacedPath, path.win32._makeLong === path.win32.toNamespacedPath);
show('win32._makeLong("C:\\\\a")', path.win32._makeLong('C:\\a'));
