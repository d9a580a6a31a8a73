// stat/lstat/fstat with callbacks and promises (including FileHandle.stat), bigint option, errors, callback arity
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'abc');
fs.symlinkSync('f', path.join(dir, 'l'));

fs.stat(file, function (err, st) {
  console.log('stat', err, st.size, st.isFile(), st.constructor.name, arguments.length);
  fs.stat(file, { bigint: true }, (err, st) => {
    console.log('stat bigint', err, st.size, st.constructor.name);
    fs.lstat(path.join(dir, 'l'), (err, st) => {
      console.log('lstat', err, st.isSymbolicLink(), st.size);
      const fd = fs.openSync(file, 'r');
      fs.fstat(fd, (err, st) => {
        console.log('fstat', err, st.size);
        fs.fstat(fd, { bigint: true }, (err, st) => {
          console.log('fstat bigint', typeof st.size);
          fs.closeSync(fd);
          fs.fstat(fd, function (err) {
            console.log('fstat closed', fmt(err), arguments.length);
            fs.stat(path.join(dir, 'none'), function (err) {
              console.log('stat missing', fmt(err), arguments.length);
              fs.lstat(path.join(dir, 'none'), (err) => {
                console.log('lstat missing', fmt(err));
                validation();
                promises();
              });
            });
          });
        });
      });
    });
  });
});

function validation() {
  for (const [label, f] of [
    ['stat no cb', () => fs.stat(file)],
    ['stat options no cb', () => fs.stat(file, {})],
    ['lstat bad path', () => fs.lstat(null, () => {})],
    ['fstat bad fd', () => fs.fstat(-5, () => {})],
    ['fstat no cb', () => fs.fstat(0)],
  ]) {
    try {
      f();
      console.log(label, 'no throw');
    } catch (e) {
      console.log(label, fmt(e));
    }
  }
}

async function promises() {
  const st = await fsp.stat(file);
  console.log('promise stat', st.size, st.constructor.name);
  console.log('promise stat bigint', (await fsp.stat(file, { bigint: true })).size);
  console.log('promise lstat', (await fsp.lstat(path.join(dir, 'l'))).isSymbolicLink());
  await fsp.stat(path.join(dir, 'none')).catch((e) => console.log('promise missing', fmt(e)));
  await fsp.lstat(7).catch((e) => console.log('promise bad', fmt(e)));
  const fh = await fsp.open(file);
  console.log('fh.stat', (await fh.stat()).size, typeof (await fh.stat({ bigint: true })).size);
  await fh.close();
  await fh.stat().catch((e) => console.log('fh.stat closed', e.code, e.syscall, e.message));
  fs.rmSync(dir, { recursive: true });
}
