// readdir with recursive: true in three forms, with names and with Dirents (parentPath of nested entries), symlinked directories
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
for (const d of ['a', 'a/b', 'a/b/c', 'd', 'e']) fs.mkdirSync(path.join(dir, d));
for (const f of ['top.txt', 'a/one', 'a/b/two', 'a/b/c/three', 'd/four']) fs.writeFileSync(path.join(dir, f), f);
fs.symlinkSync(path.join(dir, 'd'), path.join(dir, 'e', 'to-d'));

const names = (list) => list.slice().sort().join(' ');
const dirents = (list) => list.map((d) => `${clean(path.join(d.parentPath, d.name))}${d.isDirectory() ? '/' : ''}`)
  .sort().join(' ');

console.log('sync', names(fs.readdirSync(dir, { recursive: true })));
console.log('sync types', dirents(fs.readdirSync(dir, { recursive: true, withFileTypes: true })));
console.log('sync sub', names(fs.readdirSync(path.join(dir, 'a'), { recursive: true })));
console.log('recursive false', names(fs.readdirSync(dir, { recursive: false })));
try {
  fs.readdirSync(path.join(dir, 'nope'), { recursive: true });
} catch (e) {
  console.log('sync missing', clean(e.message));
}

let order = 'sync';
fs.readdir(dir, { recursive: true }, (err, list) => {
  console.log('callback', order, err, names(list));
  fs.readdir(dir, { recursive: true, withFileTypes: true }, (err, list) => {
    console.log('callback types', err, dirents(list));
    promises();
  });
});
order = 'async';

async function promises() {
  console.log('promise', names(await fsp.readdir(dir, { recursive: true })));
  console.log('promise types', dirents(await fsp.readdir(dir, { recursive: true, withFileTypes: true })));
  await fsp.readdir(path.join(dir, 'top.txt'), { recursive: true }).catch((e) => console.log('promise file', clean(e.message)));
  fs.rmSync(dir, { recursive: true });
}
