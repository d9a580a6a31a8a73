// path.win32.normalize and isAbsolute: drives, UNC roots, device paths, reserved device names and mixed slashes
const { win32 } = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
const inputs = ['', '.', '/', '\\', '//', '\\\\', 'a', 'a/b\\c', 'a\\..\\..\\b', './fixtures///b/../b/c.js',
  '/foo/../../../bar', 'a//b//../b', 'a//b//./c', 'a//b//.', 'C:', 'c:', 'C:.', 'C:..', 'C:..\\..\\x', 'C:\\', 'C:/',
  'C:\\..', 'C:/a/../b/', 'C:////x', 'c:foo\\bar', '\\\\server\\share', '//server/share', '\\\\server\\share\\',
  '\\\\server\\share\\dir\\..\\..', '//server//share//x', '\\\\server', '\\\\server\\', '\\\\?\\C:\\x\\..\\y',
  '\\\\.\\PHYSICALDRIVE0', '\\\\.\\pipe\\..\\x', '//?/x', 'bar\\foo..\\..\\', 'bar\\foo..\\..\\baz', 'bar\\foo..\\',
  '..\\foo..\\..\\..\\bar', 'file:stream', 'test/..', 'c:/ignore', 'test/..\\', 'CON', 'CON:', 'con:x', 'COM1:', 'aux:y\\z',
  'LPT\xb9:', 'nul\\x', 'CONx', 'con/', 'a:b', 'a:', 'x:/y', 'dir/..\\C:x', 'x\\..\\c:', ':', '::', 'a\\..\\:\\b'];
for (const p of inputs) show(`normalize(${JSON.stringify(p)})`, win32.normalize(p));
for (const p of ['', '/', '\\', '//', '//server', '\\\\server\\share', 'C:', 'C:\\', 'C:/', 'c:\\x', 'C:x', '1:\\',
  'directory/directory', 'directory\\directory', 'x:', '.', '..\\x'])
  show(`isAbsolute(${JSON.stringify(p)})`, win32.isAbsolute(p));
