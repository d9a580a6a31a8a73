// mkdir in three forms: modes, recursive (returns the first directory created or undefined), EEXIST/ENOENT/ENOTDIR
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => (s === undefined ? 'undefined' : String(s).replaceAll(dir, '<tmp>'));
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const show = (label, f) => {
  try {
    console.log(label, clean(f()));
  } catch (e) {
    console.log(label, fmt(e));
  }
};
const p = (...parts) => path.join(dir, ...parts);

show('plain', () => fs.mkdirSync(p('a')));
show('exists', () => fs.mkdirSync(p('a')));
show('mode', () => {
  fs.mkdirSync(p('m'), 0o700);
  return (fs.statSync(p('m')).mode & 0o777).toString(8);
});
show('mode option string', () => {
  fs.mkdirSync(p('m2'), { mode: '750' });
  return (fs.statSync(p('m2')).mode & 0o777).toString(8);
});
show('missing parent', () => fs.mkdirSync(p('x', 'y')));
show('recursive new', () => fs.mkdirSync(p('r1', 'r2', 'r3'), { recursive: true }));
show('recursive existing', () => fs.mkdirSync(p('r1', 'r2'), { recursive: true }));
show('recursive partly', () => fs.mkdirSync(p('r1', 'n1', 'n2'), { recursive: true }));
fs.writeFileSync(p('file'), '');
show('recursive through file', () => fs.mkdirSync(p('file', 'sub'), { recursive: true }));
show('recursive at file', () => fs.mkdirSync(p('file'), { recursive: true }));
show('plain through file', () => fs.mkdirSync(p('file', 'sub')));
show('bad recursive', () => fs.mkdirSync(p('q'), { recursive: 'yes' }));
show('bad mode', () => fs.mkdirSync(p('q'), { mode: 'rwx' }));
show('bad path', () => fs.mkdirSync(undefined));
show('no callback', () => fs.mkdir(p('q')));

fs.mkdir(p('cb'), function (err) {
  console.log('callback', err, arguments.length);
  fs.mkdir(p('cb'), (err) => {
    console.log('callback exists', fmt(err));
    fs.mkdir(p('cb1', 'cb2'), { recursive: true }, function (err, first) {
      console.log('callback recursive', err, clean(first), arguments.length);
      fs.mkdir(p('cb1', 'cb2'), { recursive: true }, function (err, first) {
        console.log('callback recursive existing', err, clean(first), arguments.length);
        fs.mkdir(p('cbm'), 0o711, (err) => {
          console.log('callback mode', err, (fs.statSync(p('cbm')).mode & 0o777).toString(8));
          promises();
        });
      });
    });
  });
});

async function promises() {
  console.log('promise', clean(await fsp.mkdir(p('pr'))));
  console.log('promise recursive', clean(await fsp.mkdir(p('pr1', 'pr2', 'pr3'), { recursive: true })));
  console.log('promise recursive existing', clean(await fsp.mkdir(p('pr1'), { recursive: true })));
  await fsp.mkdir(p('pr')).catch((e) => console.log('promise exists', fmt(e)));
  await fsp.mkdir(p('pr', 'a', 'b')).catch((e) => console.log('promise missing', fmt(e)));
  await fsp.mkdir(p('file', 'x'), { recursive: true }).catch((e) => console.log('promise through file', fmt(e)));
  await fsp.mkdir(p('pm'), '700');
  console.log('promise mode', (fs.statSync(p('pm')).mode & 0o777).toString(8));
  fs.rmSync(dir, { recursive: true });
}
