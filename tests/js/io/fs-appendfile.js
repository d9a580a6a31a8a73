// appendFile in its three forms: creating, appending, encodings, fds (always appended) and errors
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'log.txt');

fs.appendFileSync(file, 'sync1;');
fs.appendFileSync(file, Buffer.from('sync2;'));
fs.appendFileSync(file, '737963333b', 'hex');
fs.appendFileSync(file, 'mode;', { mode: 0o600, flag: 'a' });
console.log('sync', fs.readFileSync(file, 'utf8'));

// An fd opened for writing at the start: appendFile forces 'a' only for paths it opens,
// writes to a user fd go to the fd's position.
const fd = fs.openSync(file, 'r+');
fs.appendFileSync(fd, 'FD');
fs.closeSync(fd);
console.log('fd', fs.readFileSync(file, 'utf8'));

try {
  fs.appendFileSync(path.join(dir, 'x', 'y'), 'z');
} catch (e) {
  console.log('sync error', fmt(e));
}
try {
  fs.appendFileSync(file, 'z', { flag: 'ax' });
} catch (e) {
  console.log('ax error', fmt(e));
}

fs.appendFile(file, 'cb1;', (err) => {
  console.log('callback', err, fs.readFileSync(file, 'utf8'));
  fs.appendFile(path.join(dir, 'new.txt'), 'created', 'utf8', (err) => {
    console.log('callback new', err, fs.readFileSync(path.join(dir, 'new.txt'), 'utf8'));
    try {
      fs.appendFile(file, 'x');
    } catch (e) {
      console.log('no callback', fmt(e));
    }
    promises();
  });
});

async function promises() {
  await fsp.appendFile(file, 'p1;');
  await fsp.appendFile(file, Buffer.from('p2;'), { encoding: 'latin1' });
  console.log('promises', await fsp.readFile(file, 'utf8'));
  const fh = await fsp.open(path.join(dir, 'fh.txt'), 'a+');
  await fh.appendFile('one ');
  await fh.appendFile('two');
  console.log('filehandle', await fsp.readFile(path.join(dir, 'fh.txt'), 'utf8'));
  await fh.close();
  await fsp.appendFile(file, 7).catch((e) => console.log('bad data', fmt(e)));
  await fsp.appendFile(dir, 'x').catch((e) => console.log('directory', fmt(e)));
  fs.rmSync(dir, { recursive: true });
}
