// opendir/opendirSync/fsPromises.opendir: Dir path, read/readSync/close/closeSync, async iteration, bufferSize, ERR_DIR_CLOSED
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
for (const n of ['c', 'a', 'b', 'e', 'd']) fs.writeFileSync(path.join(dir, n), n);
fs.mkdirSync(path.join(dir, 'sub'));
const kind = (d) => (d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'other');

const d = fs.opendirSync(dir);
console.log('Dir', d instanceof fs.Dir, d.constructor.name, clean(d.path));
const names = [];
let e;
while ((e = d.readSync()) !== null) names.push(`${e.name}:${kind(e)}:${clean(e.parentPath)}`);
console.log('readSync', names.sort().join(' '));
console.log('readSync at end', d.readSync());
d.closeSync();
for (const [label, f] of [
  ['readSync closed', () => d.readSync()],
  ['closeSync closed', () => d.closeSync()],
  ['read closed', () => d.read(() => {})],
  ['missing', () => fs.opendirSync(path.join(dir, 'missing'))],
  ['file', () => fs.opendirSync(path.join(dir, 'a'))],
  ['bufferSize 0', () => fs.opendirSync(dir, { bufferSize: 0 })],
  ['bufferSize string', () => fs.opendirSync(dir, { bufferSize: '4' })],
  ['no callback', () => fs.opendir(dir)],
]) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, fmt(err));
  }
}
d.close((err) => console.log('close callback on closed', fmt(err)));
d.close().catch((err) => console.log('close promise on closed', fmt(err)));

const small = fs.opendirSync(dir, { bufferSize: 2 });
let count = 0;
while (small.readSync()) count++;
console.log('bufferSize 2 count', count);
small.closeSync();

fs.opendir(dir, (err, dh) => {
  console.log('opendir callback', err, clean(dh.path));
  const seen = [];
  const next = () => dh.read((err, ent) => {
    if (err) throw err;
    if (ent === null) {
      console.log('read callback', seen.sort().join(' '));
      dh.close(function (err) {
        console.log('close callback', err, arguments.length);
        fs.opendir(path.join(dir, 'missing'), (err) => {
          console.log('opendir missing', fmt(err));
          promises();
        });
      });
      return;
    }
    seen.push(ent.name);
    next();
  });
  next();
});

async function promises() {
  const dh = await fsp.opendir(dir);
  const seen = [];
  for await (const ent of dh) seen.push(`${ent.name}:${kind(ent)}`);
  console.log('for await', seen.sort().join(' '));
  await dh.close().catch((err) => console.log('closed by iteration', fmt(err)));

  const dh2 = await fsp.opendir(dir);
  const first = await dh2.read();
  console.log('read promise', typeof first.name);
  for await (const ent of dh2) {
    console.log('break after', typeof ent.name);
    break;
  }
  console.log('closed after break', await dh2.close().then(() => 'no', (err) => err.code));

  const dh3 = await fsp.opendir(dir, { encoding: 'buffer' });
  const ent = await dh3.read();
  console.log('buffer names', Buffer.isBuffer(ent.name));
  await dh3.close();
  await fsp.opendir(path.join(dir, 'a')).catch((err) => console.log('promise file', fmt(err)));
  fs.rmSync(dir, { recursive: true });
}
