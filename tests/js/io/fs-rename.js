// rename in three forms: files, directories, replacing, errors with path and dest in the message
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message} ${e.path} ${e.dest}`);
const p = (...parts) => path.join(dir, ...parts);
const list = () => fs.readdirSync(dir).sort().join(',');
const show = (label, f) => {
  try {
    console.log(label, f(), list());
  } catch (e) {
    console.log(label, fmt(e));
  }
};

fs.writeFileSync(p('a'), 'A');
fs.writeFileSync(p('b'), 'B');
fs.mkdirSync(p('d1'));
fs.mkdirSync(p('d2', 'x'), { recursive: true });
show('file', () => fs.renameSync(p('a'), p('c')));
show('replace', () => fs.renameSync(p('c'), p('b')));
show('content', () => fs.readFileSync(p('b'), 'utf8'));
show('missing', () => fs.renameSync(p('a'), p('z')));
show('dir', () => fs.renameSync(p('d1'), p('d3')));
show('dir onto non-empty dir', () => fs.renameSync(p('d3'), p('d2')));
show('file onto dir', () => fs.renameSync(p('b'), p('d2')));
show('dir onto file', () => fs.renameSync(p('d3'), p('b')));
show('into itself', () => fs.renameSync(p('d2'), p('d2', 'x', 'y')));
show('bad old', () => fs.renameSync(1, p('x')));
show('bad new', () => fs.renameSync(p('b'), null));
show('URL', () => fs.renameSync(new URL(`file://${p('b')}`), Buffer.from(p('e'))));

fs.rename(p('e'), p('f'), function (err) {
  console.log('callback', err, arguments.length, list());
  fs.rename(p('e'), p('f'), (err) => {
    console.log('callback missing', fmt(err));
    try {
      fs.rename(p('f'), p('g'));
    } catch (e) {
      console.log('no callback', clean(e.message));
    }
    promises();
  });
});

async function promises() {
  console.log('promise', await fsp.rename(p('f'), p('g')), list());
  await fsp.rename(p('f'), p('g')).catch((e) => console.log('promise missing', fmt(e)));
  await fsp.rename(p('g'), {}).catch((e) => console.log('promise bad', fmt(e)));
  fs.rmSync(dir, { recursive: true });
}
