// truncate/ftruncate in three forms (and FileHandle.truncate): shrinking, extending with zeros, negative and default lengths, errors
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'f');
const content = () => JSON.stringify(fs.readFileSync(file, 'latin1'));
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, r, content());
  } catch (e) {
    console.log(label, fmt(e));
  }
};
const reset = () => fs.writeFileSync(file, 'abcdefgh');

reset();
show('truncate 3', () => fs.truncateSync(file, 3));
show('truncate extend', () => fs.truncateSync(file, 6));
show('truncate default', () => fs.truncateSync(file));
reset();
show('truncate negative', () => fs.truncateSync(file, -5));
show('truncate missing', () => fs.truncateSync(path.join(dir, 'missing'), 1));
show('truncate dir', () => fs.truncateSync(dir, 1));
show('truncate bad len', () => fs.truncateSync(file, '1'));
show('truncate float len', () => fs.truncateSync(file, 1.5));
reset();
const fd = fs.openSync(file, 'r+');
show('ftruncate 4', () => fs.ftruncateSync(fd, 4));
show('ftruncate default', () => fs.ftruncateSync(fd));
show('ftruncate bad len', () => fs.ftruncateSync(fd, null));
show('ftruncate bad fd', () => fs.ftruncateSync('fd', 1));
const ro = fs.openSync(file, 'r');
show('ftruncate read-only', () => fs.ftruncateSync(ro, 1));
fs.closeSync(ro);

reset();
fs.truncate(file, 2, function (err) {
  console.log('truncate callback', err, arguments.length, content());
  reset();
  fs.truncate(file, function (err) {
    console.log('truncate callback default', err, content());
    reset();
    fs.ftruncate(fd, 5, function (err) {
      console.log('ftruncate callback', err, arguments.length, content());
      fs.ftruncate(fd, (err) => {
        console.log('ftruncate callback default', err, content());
        fs.closeSync(fd);
        fs.ftruncate(fd, 1, (err) => {
          console.log('ftruncate closed', fmt(err));
          fs.truncate(path.join(dir, 'none'), 1, (err) => {
            console.log('truncate callback missing', fmt(err));
            for (const f of [() => fs.truncate(file, 1), () => fs.ftruncate(fd, 'x', () => {})]) {
              try {
                f();
              } catch (e) {
                console.log('throws', fmt(e));
              }
            }
            promises();
          });
        });
      });
    });
  });
});

async function promises() {
  reset();
  console.log('promise truncate', await fsp.truncate(file, 3), content());
  console.log('promise truncate default', await fsp.truncate(file), content());
  reset();
  const fh = await fsp.open(file, 'r+');
  console.log('filehandle truncate', await fh.truncate(6), content());
  console.log('filehandle truncate default', await fh.truncate(), content());
  await fh.truncate('1').catch((e) => console.log('filehandle bad len', fmt(e)));
  await fh.close();
  await fh.truncate(1).catch((e) => console.log('filehandle closed', e.code, e.syscall, e.message));
  await fsp.truncate(path.join(dir, 'none')).catch((e) => console.log('promise missing', fmt(e)));
  fs.rmSync(dir, { recursive: true });
}
