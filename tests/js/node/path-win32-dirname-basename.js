// path.win32 dirname, basename (with suffix) and extname: drive and UNC roots, both slashes, trailing separators
const { win32 } = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
const inputs = ['', '\\', '/', 'a', 'C:', 'C:\\', 'C:/', 'C:x', 'C:x\\', 'C:\\x', 'C:\\x\\y', 'C:\\x\\\\y\\\\', 'c:foo\\bar.js',
  '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\x', '\\\\server\\share\\x\\y.z',
  '//server/share/x/', '\\foo', '\\foo\\bar', 'foo\\bar\\', 'foo/bar\\baz.txt', 'file.', '.gitignore', 'dir\\..', 'a\\b.c.d',
  '\\\\?\\C:\\dir\\file.ext', 'C:..', 'C:.x', 'C:a.b', ':', 'x:\\', 'file:stream.txt'];
for (const p of inputs) {
  show(`dirname(${JSON.stringify(p)})`, win32.dirname(p));
  show(`basename(${JSON.stringify(p)})`, win32.basename(p));
  show(`extname(${JSON.stringify(p)})`, win32.extname(p));
}
const withSuffix = [
  ['C:\\foo.html', '.html'], ['C:\\foo.HTML', '.html'], ['C:foo.js', '.js'], ['C:\\', '\\'], ['C:\\\\', '\\'],
  ['C:', 'C:'], ['C:.js', '.js'], ['aaa\\bbb', 'bbb'], ['aaa\\bbb\\', 'b'], ['a\\b.js\\\\', '.js'], ['\\ab\\', 'xab'],
  ['file.js', 'file.js'], ['dir/file.js', 'file.js'], ['\\\\server\\share\\f.txt', '.txt'],
];
for (const [p, s] of withSuffix) show(`basename(${JSON.stringify(p)}, ${JSON.stringify(s)})`, win32.basename(p, s));
