// opendir with recursive: true walks subdirectories (entries carry their parentPath); Dir.read with concurrent callbacks is queued
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(dir, 'top'), '');
fs.writeFileSync(path.join(dir, 'a', 'mid'), '');
fs.writeFileSync(path.join(dir, 'a', 'b', 'low'), '');

const d = fs.opendirSync(dir, { recursive: true });
const seen = [];
let e;
while ((e = d.readSync()) !== null) seen.push(clean(path.join(e.parentPath, e.name)));
d.closeSync();
console.log('sync recursive', seen.sort().join(' '));

(async () => {
  const dh = await fsp.opendir(dir, { recursive: true });
  const all = [];
  for await (const ent of dh) all.push(clean(path.join(ent.parentPath, ent.name)) + (ent.isDirectory() ? '/' : ''));
  console.log('async recursive', all.sort().join(' '));

  const dh2 = fs.opendirSync(dir);
  const results = [];
  await new Promise((resolve) => {
    let pending = 4;
    for (let i = 0; i < 4; i++) {
      dh2.read((err, ent) => {
        results.push(err ? err.code : ent === null ? 'null' : 'entry');
        if (--pending === 0) resolve();
      });
    }
  });
  console.log('concurrent reads', results.sort().join(','));
  try {
    dh2.readSync();
    dh2.closeSync();
    console.log('sync after callbacks ok');
  } catch (err) {
    console.log('sync after callbacks', err.code);
  }
  fs.rmSync(dir, { recursive: true });
})();
