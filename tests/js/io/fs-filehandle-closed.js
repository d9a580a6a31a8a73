// Using a FileHandle after close: every method rejects with EBADF 'file closed' naming the operation; fs calls on its old fd fail
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'data');

(async () => {
  const fh = await fsp.open(file, 'r+');
  const oldFd = fh.fd;
  await fh.close();
  const calls = {
    appendFile: () => fh.appendFile('x'),
    chmod: () => fh.chmod(0o644),
    datasync: () => fh.datasync(),
    read: () => fh.read(Buffer.alloc(1), 0, 1, 0),
    readv: () => fh.readv([Buffer.alloc(1)]),
    readFile: () => fh.readFile(),
    stat: () => fh.stat(),
    sync: () => fh.sync(),
    truncate: () => fh.truncate(),
    utimes: () => fh.utimes(1, 1),
    write: () => fh.write('x'),
    writev: () => fh.writev([Buffer.from('x')]),
    writeFile: () => fh.writeFile('x'),
  };
  for (const [name, f] of Object.entries(calls)) {
    try {
      await f();
      console.log(name, 'resolved');
    } catch (e) {
      console.log(name, e.name, e.code, e.syscall, e.message, Object.keys(e).join(','));
    }
  }
  console.log('close again', await fh.close());
  try {
    fh.readableWebStream();
  } catch (e) {
    console.log('readableWebStream', e.name, e.code, e.message);
  }
  try {
    fs.readSync(oldFd, Buffer.alloc(1), 0, 1, 0);
  } catch (e) {
    console.log('old fd', e.code, e.message);
  }
  fs.rmSync(dir, { recursive: true });
})();
