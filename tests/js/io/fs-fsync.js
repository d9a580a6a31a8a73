// fsync/fdatasync in three forms (FileHandle.sync/datasync): results, EBADF on closed fds, validation
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const fmt = (e) => `${e.name} ${e.code} ${e.message}`;
const file = path.join(dir, 'f');
const fd = fs.openSync(file, 'w');
fs.writeSync(fd, 'data');
console.log('fsyncSync', fs.fsyncSync(fd));
console.log('fdatasyncSync', fs.fdatasyncSync(fd));
for (const [label, f] of [
  ['fsyncSync bad fd', () => fs.fsyncSync('1')],
  ['fdatasyncSync negative', () => fs.fdatasyncSync(-2)],
  ['fsync no callback', () => fs.fsync(fd)],
  ['fdatasync no callback', () => fs.fdatasync(fd, null)],
]) {
  try {
    f();
  } catch (e) {
    console.log(label, fmt(e));
  }
}

fs.fsync(fd, function (err) {
  console.log('fsync callback', err, arguments.length);
  fs.fdatasync(fd, function (err) {
    console.log('fdatasync callback', err, arguments.length);
    fs.closeSync(fd);
    try {
      fs.fsyncSync(fd);
    } catch (e) {
      console.log('fsyncSync closed', fmt(e));
    }
    try {
      fs.fdatasyncSync(fd);
    } catch (e) {
      console.log('fdatasyncSync closed', fmt(e));
    }
    fs.fsync(fd, (err) => {
      console.log('fsync closed', fmt(err));
      fs.fdatasync(fd, (err) => {
        console.log('fdatasync closed', fmt(err));
        promises();
      });
    });
  });
});

async function promises() {
  const fh = await fsp.open(file, 'r+');
  console.log('filehandle sync', await fh.sync());
  console.log('filehandle datasync', await fh.datasync());
  await fh.close();
  await fh.sync().catch((e) => console.log('filehandle sync closed', e.code, e.syscall, e.message));
  await fh.datasync().catch((e) => console.log('filehandle datasync closed', e.code, e.syscall, e.message));
  fs.rmSync(dir, { recursive: true });
}
