// Writing strings with each encoding through write/writeSync/FileHandle.write/writeFile, and reading them back in each encoding
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'enc');
const samples = {
  utf8: 'aé€😀',
  'utf-8': 'ü',
  utf16le: 'hi€',
  ucs2: 'ok',
  latin1: 'ÿþ',
  binary: 'Ab',
  ascii: 'plain',
  base64: 'SGVsbG8=',
  base64url: 'SGVsbG8_',
  hex: 'deadBEEF',
};
const bytes = () => fs.readFileSync(file).toString('hex');

for (const [enc, str] of Object.entries(samples)) {
  fs.writeFileSync(file, '');
  const fd = fs.openSync(file, 'r+');
  const n = fs.writeSync(fd, str, 0, enc);
  fs.closeSync(fd);
  const viaFile = bytes();
  fs.writeFileSync(file, str, enc);
  console.log(enc, n, viaFile, viaFile === bytes(), JSON.stringify(fs.readFileSync(file, enc)));
}
fs.writeFileSync(file, '');
const fd = fs.openSync(file, 'r+');
console.log('unknown encoding falls back to utf8', fs.writeSync(fd, 'é', 0, 'nonsense'), bytes());
fs.closeSync(fd);

fs.write(fs.openSync(file, 'w'), 'ffee', 0, 'hex', (err, n, s) => {
  console.log('callback hex', err, n, s, bytes());
  (async () => {
    const fh = await fsp.open(file, 'w+');
    for (const enc of ['base64', 'latin1', 'utf16le']) {
      const { bytesWritten } = await fh.write(samples[enc], 0, enc);
      console.log('filehandle', enc, bytesWritten);
    }
    console.log('final', bytes());
    await fh.close();
    await fsp.writeFile(file, '414243', { encoding: 'hex' });
    console.log('promise writeFile hex', await fsp.readFile(file, 'ascii'));
    fs.rmSync(dir, { recursive: true });
  })();
});
