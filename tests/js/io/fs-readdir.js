// readdir in three forms: names, withFileTypes Dirents (name, parentPath, path, predicates), buffer and hex encodings, errors
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
fs.writeFileSync(path.join(dir, 'b.txt'), '');
fs.writeFileSync(path.join(dir, 'a.txt'), '');
fs.mkdirSync(path.join(dir, 'sub'));
fs.symlinkSync('a.txt', path.join(dir, 'link'));
fs.writeFileSync(path.join(dir, 'ünï'), '');

const sortNames = (list) => list.slice().sort((x, y) => (String(x.name ?? x) < String(y.name ?? y) ? -1 : 1));
const dirents = (list) => sortNames(list).map((d) => {
  const kind = ['isFile', 'isDirectory', 'isSymbolicLink'].find((k) => d[k]()) || 'other';
  return `${d.name}:${kind}:${clean(d.parentPath)}:${clean(d.path)}`;
}).join(' ');

console.log('sync', fs.readdirSync(dir).sort().join(','));
console.log('sync URL', fs.readdirSync(new URL(`file://${dir}`)).sort().join(','));
console.log('sync types', dirents(fs.readdirSync(dir, { withFileTypes: true })));
const d0 = fs.readdirSync(dir, { withFileTypes: true })[0];
console.log('Dirent', d0 instanceof fs.Dirent, d0.constructor.name, Object.keys(d0).join(','));
console.log('sync buffer', sortNames(fs.readdirSync(dir, 'buffer').map(String)).join(','),
            fs.readdirSync(dir, { encoding: 'buffer' }).every(Buffer.isBuffer));
console.log('sync hex', fs.readdirSync(dir, { encoding: 'hex' }).sort().join(','));
console.log('sync buffer dirents', fs.readdirSync(dir, { encoding: 'buffer', withFileTypes: true })
  .every((d) => Buffer.isBuffer(d.name)));
console.log('empty', fs.readdirSync(path.join(dir, 'sub')));
for (const [label, f] of [
  ['missing', () => fs.readdirSync(path.join(dir, 'missing'))],
  ['file', () => fs.readdirSync(path.join(dir, 'a.txt'))],
  ['bad encoding', () => fs.readdirSync(dir, 'nope')],
  ['bad options', () => fs.readdirSync(dir, 5)],
  ['bad recursive', () => fs.readdirSync(dir, { recursive: 1 })],
  ['no callback', () => fs.readdir(dir)],
]) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, fmt(e));
  }
}

fs.readdir(dir, function (err, names) {
  console.log('callback', err, names.sort().join(','), arguments.length);
  fs.readdir(dir, { withFileTypes: true }, (err, list) => {
    console.log('callback types', err, dirents(list));
    fs.readdir(dir, 'buffer', (err, list) => {
      console.log('callback buffer', list.every(Buffer.isBuffer));
      fs.readdir(path.join(dir, 'missing'), function (err) {
        console.log('callback missing', fmt(err), arguments.length);
        promises();
      });
    });
  });
});

async function promises() {
  console.log('promise', (await fsp.readdir(dir)).sort().join(','));
  console.log('promise types', dirents(await fsp.readdir(dir, { withFileTypes: true })));
  console.log('promise latin1', (await fsp.readdir(dir, 'latin1')).sort().join(','));
  await fsp.readdir(path.join(dir, 'a.txt')).catch((e) => console.log('promise file', fmt(e)));
  fs.rmSync(dir, { recursive: true });
}
