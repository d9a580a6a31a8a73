// open/openSync/fsPromises.open: flags strings and numbers, modes, fds, close and EBADF on closed fds
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, fmt(e));
  }
};
const file = path.join(dir, 'f.txt');

show('open missing r', () => fs.openSync(file));
const fd = fs.openSync(file, 'w', 0o640);
show('fd is integer', () => Number.isInteger(fd) && fd > 2);
show('mode', () => (fs.fstatSync(fd).mode & 0o777).toString(8));
show('close', () => fs.closeSync(fd));
show('close again', () => fs.closeSync(fd));
show('fstat closed', () => fs.fstatSync(fd));

for (const flags of ['r', 'r+', 'rs+', 'w', 'wx', 'w+', 'a', 'ax', 'a+', 'as', 'as+', 'sr',
  fs.constants.O_RDONLY, fs.constants.O_WRONLY | fs.constants.O_APPEND]) {
  show(`flags ${flags}`, () => {
    const f = fs.openSync(file, flags);
    fs.closeSync(f);
    return 'ok';
  });
}
show('flags x', () => fs.openSync(file, 'x'));
show('flags 1.5', () => fs.openSync(file, 1.5));
show('mode string', () => {
  const f = fs.openSync(path.join(dir, 'm'), 'w', '600');
  const m = (fs.fstatSync(f).mode & 0o777).toString(8);
  fs.closeSync(f);
  return m;
});
show('mode bad', () => fs.openSync(file, 'r', 'abc'));
show('mode negative', () => fs.openSync(file, 'r', -1));
show('directory r', () => {
  const f = fs.openSync(dir, 'r');
  fs.closeSync(f);
  return 'ok';
});
show('directory w', () => fs.openSync(dir, 'w'));
show('close string', () => fs.closeSync('3'));
show('close negative', () => fs.closeSync(-1));
show('close too big', () => fs.closeSync(2 ** 31));
show('close callback not function', () => fs.close(fd, 'x'));

fs.open(file, (err, f) => {
  console.log('open cb default flags', err, typeof f);
  fs.open(file, 'a', (err, f2) => {
    console.log('open cb flags', err, typeof f2);
    fs.open(file, 'r', 0o666, (err, f3) => {
      console.log('open cb mode', err, typeof f3);
      fs.close(f, (err) => {
        console.log('close cb', err);
        fs.close(f, function (err) {
          console.log('close cb twice', fmt(err), arguments.length);
          fs.closeSync(f2);
          fs.closeSync(f3);
          fs.open(path.join(dir, 'nope', 'x'), 'r', (err) => {
            console.log('open cb error', fmt(err));
            promises();
          });
        });
      });
    });
  });
});
show('open no callback', () => fs.open(file, 'r'));
show('open bad flag cb', () => fs.open(file, 'nope', () => {}));

async function promises() {
  const fh = await fsp.open(file, 'r');
  console.log('filehandle fd', typeof fh.fd, fh.constructor.name);
  await fh.close();
  console.log('after close fd', fh.fd);
  await fh.close();
  console.log('close twice resolves');
  await fsp.open(path.join(dir, 'missing')).catch((e) => console.log('promise open', fmt(e)));
  await fsp.open(file, 'bad').catch((e) => console.log('promise flags', fmt(e)));
  await fsp.open(file, 'r', 'bad').catch((e) => console.log('promise mode', fmt(e)));
  fs.rmSync(dir, { recursive: true });
}
