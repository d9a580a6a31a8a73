// node:fs/promises as a module: its export names, FileHandle's methods, every function returning a promise, constants, lchmod
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');
const os = require('os');

const expected = ['access', 'copyFile', 'cp', 'open', 'opendir', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir',
  'readdir', 'readlink', 'symlink', 'lstat', 'stat', 'link', 'unlink', 'chmod', 'lchmod', 'utimes', 'lutimes',
  'realpath', 'mkdtemp', 'writeFile', 'appendFile', 'readFile', 'watch', 'constants'];
const keys = Object.keys(fsp);
console.log('in order', expected.every((k, i, a) => i === 0 || keys.indexOf(a[i - 1]) < keys.indexOf(k)));
console.log('missing', expected.filter((k) => !keys.includes(k)));
console.log('require node:fs/promises', require('node:fs/promises') === fsp);

(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'spindle-'));
  const fh = await fsp.open(path.join(dir, 'f'), 'w+');
  const proto = Object.getPrototypeOf(fh);
  const methods = ['appendFile', 'chmod', 'datasync', 'sync', 'read', 'readv', 'readFile', 'readLines', 'stat',
    'truncate', 'utimes', 'write', 'writev', 'writeFile', 'readableWebStream', 'createReadStream', 'createWriteStream'];
  console.log('FileHandle methods missing', methods.filter((m) => typeof proto[m] !== 'function'));
  console.log('close is own', Object.hasOwn(fh, 'close'), typeof fh.close);
  console.log('asyncDispose', typeof fh[Symbol.asyncDispose]);
  console.log('fd getter', typeof Object.getOwnPropertyDescriptor(proto, 'fd').get);
  console.log('event methods', typeof fh.on, typeof fh.emit, typeof fh.once);
  await fh.close();

  const results = [
    fsp.access(dir), fsp.stat(dir), fsp.lstat(dir), fsp.readdir(dir), fsp.realpath(dir),
    fsp.readFile(path.join(dir, 'f')), fsp.writeFile(path.join(dir, 'g'), ''), fsp.mkdir(path.join(dir, 'h')),
  ];
  console.log('all promises', results.every((p) => p instanceof Promise));
  await Promise.all(results);
  const w = fsp.watch(dir);
  console.log('watch returns an async iterator', typeof w.next, typeof w[Symbol.asyncIterator]);
  await w.return();
  await fsp.lchmod(dir, 0o700).catch((e) => console.log('lchmod', e.code, e.message));
  console.log('constants', fsp.constants === fs.constants, fsp.constants.O_CREAT);
  await fsp.rm(dir, { recursive: true });
  console.log('done');
})();
