// utimes/futimes/lutimes in three forms (and FileHandle.utimes): seconds, numeric strings, Dates, fractional times, validation
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'f');
const link = path.join(dir, 'l');
fs.writeFileSync(file, '');
fs.symlinkSync(file, link);
const times = (p = file, stat = fs.statSync) => {
  const s = stat(p);
  return `${s.atimeMs} ${s.mtimeMs} ${s.mtime.toISOString()}`;
};
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, r, times());
  } catch (e) {
    console.log(label, fmt(e));
  }
};

show('seconds', () => fs.utimesSync(file, 1000, 2000));
show('fractional', () => fs.utimesSync(file, 1000.5, 2000.25));
show('strings', () => fs.utimesSync(file, '3000', '4000.5'));
show('dates', () => fs.utimesSync(file, new Date(5000123), new Date(Date.UTC(2001, 1, 3, 4, 5, 6, 789))));
show('bigint stats', () => {
  fs.utimesSync(file, 1, 1.000000123);
  return fs.statSync(file, { bigint: true }).mtimeNs;
});
show('bad atime', () => fs.utimesSync(file, 'soon', 1));
show('bad mtime', () => fs.utimesSync(file, 1, {}));
show('missing', () => fs.utimesSync(path.join(dir, 'missing'), 1, 1));
const fd = fs.openSync(file, 'r+');
show('futimes', () => fs.futimesSync(fd, 6000, 7000));
show('futimes bad', () => fs.futimesSync(fd, null, 1));
show('futimes bad fd', () => fs.futimesSync(-1, 1, 1));
show('lutimes', () => {
  fs.lutimesSync(link, 8000, 9000);
  return times(link, fs.lstatSync);
});

fs.utimes(file, 10000, 11000, function (err) {
  console.log('utimes callback', err, arguments.length, times());
  fs.futimes(fd, 12000, new Date(13000000), function (err) {
    console.log('futimes callback', err, arguments.length, times());
    fs.lutimes(link, 14000, 15000, (err) => {
      console.log('lutimes callback', err, times(link, fs.lstatSync));
      fs.utimes(path.join(dir, 'none'), 1, 1, (err) => {
        console.log('utimes callback missing', fmt(err));
        try {
          fs.utimes(file, 1, 1);
        } catch (e) {
          console.log('utimes no callback', fmt(e));
        }
        fs.closeSync(fd);
        promises();
      });
    });
  });
});

async function promises() {
  console.log('promise utimes', await fsp.utimes(file, 16000, 17000), times());
  console.log('promise lutimes', await fsp.lutimes(link, 18000, 19000), times(link, fs.lstatSync));
  const fh = await fsp.open(file, 'r+');
  console.log('filehandle utimes', await fh.utimes(20000, new Date(21000000)), times());
  await fh.utimes('x', 1).catch((e) => console.log('filehandle bad', fmt(e)));
  await fh.close();
  await fsp.utimes(file, undefined, 1).catch((e) => console.log('promise bad', fmt(e)));
  fs.rmSync(dir, { recursive: true });
}
