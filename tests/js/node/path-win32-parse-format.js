// path.win32.parse and path.win32.format: drive, UNC and slash roots, round trips, format with backslash separator
const { win32 } = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
const inputs = ['', '\\', '/', 'x', 'C:', 'C:\\', 'C:/', 'c:x', 'C:\\path\\dir\\index.html', 'C:\\another_path\\DIR\\1\\2\\33\\\\index',
  'another_path\\DIR with spaces\\1\\2\\33\\index', '\\foo\\C:', 'file', '.\\file', 'C:\\\\', '\\\\server\\share\\file_path',
  '\\\\server two\\shared folder\\file path.zip', '\\\\teamserver\\share', '\\\\teamserver\\share\\', '\\\\?\\UNC\\server\\share',
  '//server', '\\\\server\\', 'C:\\..', 'C:..', '\\..', 'C:\\x.y.', '..\\.a', 'C:abc\\', 'C:\\abc\\'];
for (const p of inputs) {
  const parsed = win32.parse(p);
  show(`parse(${JSON.stringify(p)})`, parsed);
  show('  format(parse) ->', win32.format(parsed));
}
const objects = [
  { dir: 'C:\\path\\dir', base: 'file.txt' }, { root: 'C:\\', base: 'file.txt' }, { root: 'C:\\', dir: 'C:\\', name: 'f', ext: 'js' },
  { dir: 'some\\dir' }, { root: '\\\\server\\share\\', name: 'n' }, { dir: 'x/', base: 'y' }, { name: '', ext: '.md' },
];
for (const o of objects) show(`format(${JSON.stringify(o)})`, win32.format(o));
console.log('format name/length:', win32.format.name, win32.format.length);
