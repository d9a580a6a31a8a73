// Calling the callback API without a callback (or with a non-function) throws ERR_INVALID_ARG_TYPE synchronously, before any I/O
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'x');
const fd = fs.openSync(file, 'r+');

const calls = {
  access: () => fs.access(file),
  appendFile: () => fs.appendFile(file, 'x'),
  chmod: () => fs.chmod(file, 0o644),
  close: () => fs.close(fd, 'nope'),
  copyFile: () => fs.copyFile(file, file + '2'),
  cp: () => fs.cp(file, file + '3'),
  exists: () => fs.exists(file),
  fchmod: () => fs.fchmod(fd, 0o644),
  fdatasync: () => fs.fdatasync(fd),
  fstat: () => fs.fstat(fd),
  fsync: () => fs.fsync(fd),
  ftruncate: () => fs.ftruncate(fd, 0),
  futimes: () => fs.futimes(fd, 1, 1),
  link: () => fs.link(file, file + '4'),
  lstat: () => fs.lstat(file),
  lutimes: () => fs.lutimes(file, 1, 1),
  mkdir: () => fs.mkdir(path.join(dir, 'd')),
  mkdtemp: () => fs.mkdtemp(path.join(dir, 't-')),
  open: () => fs.open(file, 'r', 0o666, 'cb'),
  opendir: () => fs.opendir(dir),
  read: () => fs.read(fd, Buffer.alloc(1), 0, 1, 0),
  readdir: () => fs.readdir(dir),
  readFile: () => fs.readFile(file),
  readlink: () => fs.readlink(file),
  readv: () => fs.readv(fd, []),
  realpath: () => fs.realpath(file),
  'realpath.native': () => fs.realpath.native(file),
  rename: () => fs.rename(file, file + '5'),
  rmdir: () => fs.rmdir(dir),
  stat: () => fs.stat(file, {}),
  symlink: () => fs.symlink(file, file + '6', 'file'),
  truncate: () => fs.truncate(file, 0),
  unlink: () => fs.unlink(file),
  utimes: () => fs.utimes(file, 1, 1),
  write: () => fs.write(fd, Buffer.from('x')),
  writeFile: () => fs.writeFile(file, 'x'),
  writev: () => fs.writev(fd, []),
};
for (const [name, f] of Object.entries(calls)) {
  try {
    f();
    console.log(name, 'did not throw');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
console.log('nothing changed', fs.readdirSync(dir).join(','), fs.readFileSync(file, 'utf8'));
fs.closeSync(fd);
fs.rmSync(dir, { recursive: true });
