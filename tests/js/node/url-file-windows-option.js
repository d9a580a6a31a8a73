// url.fileURLToPath with { windows: true }: drive letters, UNC hosts, encoded '\' or '/' rejected, non-absolute paths rejected
const url = require('url');
const inputs = [
  'file:///C:/path/to/file.txt', 'file:///c:/a%20b/%E2%82%AC', 'file://server/share/x', 'file://xn--ls8h/share',
  'file:///C:/a%5Cb', 'file:///C:/a%2Fb', 'file:///no/drive', 'file:///C', 'file:///C:', 'file://localhost/C:/x',
];
for (const input of inputs) {
  try {
    console.log('win', JSON.stringify(input), '->', JSON.stringify(url.fileURLToPath(input, { windows: true })));
  } catch (e) {
    console.log('win', JSON.stringify(input), 'error', e.name, e.code, e.message);
  }
  try {
    console.log('posix', JSON.stringify(input), '->', JSON.stringify(url.fileURLToPath(input, { windows: false })));
  } catch (e) {
    console.log('posix', JSON.stringify(input), 'error', e.name, e.code, e.message);
  }
}
for (const p of ['\\\\server\\share\\dir\\file', '\\\\?\\UNC\\server\\share\\f', '\\\\münchen\\share\\x y']) {
  console.log('unc', JSON.stringify(p), '->', url.pathToFileURL(p, { windows: true }).href);
}
for (const p of ['\\\\server', '\\\\\\share']) {
  try {
    url.pathToFileURL(p, { windows: true });
    console.log('no error');
  } catch (e) {
    console.log('unc error', e.name, e.code, e.message);
  }
}
