// fs.constants values on Linux, the F_OK..X_OK shortcuts, fs.promises identity, and that the implemented functions and classes are exported
const fs = require('fs');
const fsp = require('fs/promises');

const c = fs.constants;
for (const k of ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND', 'O_DIRECTORY',
  'O_NOFOLLOW', 'O_SYNC', 'O_DSYNC', 'O_NONBLOCK', 'S_IFMT', 'S_IFREG', 'S_IFDIR', 'S_IFLNK', 'S_IFIFO',
  'S_IFSOCK', 'S_IFCHR', 'S_IFBLK', 'S_IRWXU', 'S_IRUSR', 'S_IWUSR', 'S_IXUSR', 'S_IRWXG', 'S_IRWXO',
  'F_OK', 'R_OK', 'W_OK', 'X_OK', 'COPYFILE_EXCL', 'COPYFILE_FICLONE', 'COPYFILE_FICLONE_FORCE',
  'UV_FS_COPYFILE_EXCL', 'UV_FS_SYMLINK_DIR', 'UV_FS_SYMLINK_JUNCTION', 'UV_DIRENT_UNKNOWN', 'UV_DIRENT_FILE',
  'UV_DIRENT_DIR', 'UV_DIRENT_LINK', 'UV_DIRENT_FIFO', 'UV_DIRENT_SOCKET', 'UV_DIRENT_CHAR', 'UV_DIRENT_BLOCK']) {
  console.log(k, c[k]);
}
console.log('shortcuts', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log('promises', fs.promises === fsp, fsp.constants === c);
const desc = Object.getOwnPropertyDescriptor(fs, 'constants');
console.log('constants descriptor', desc.enumerable, desc.configurable, desc.writable);
const pdesc = Object.getOwnPropertyDescriptor(fs, 'promises');
console.log('promises descriptor', typeof pdesc.get, pdesc.enumerable, pdesc.configurable);

const fns = ['access', 'appendFile', 'chmod', 'close', 'copyFile', 'cp', 'exists', 'fchmod', 'fdatasync',
  'fstat', 'fsync', 'ftruncate', 'futimes', 'link', 'lstat', 'lutimes', 'mkdir', 'mkdtemp', 'open', 'opendir',
  'read', 'readdir', 'readFile', 'readlink', 'readv', 'realpath', 'rename', 'rm', 'rmdir', 'stat', 'symlink',
  'truncate', 'unlink', 'utimes', 'write', 'writeFile', 'writev'];
const missing = [];
for (const name of fns) {
  if (typeof fs[name] !== 'function') missing.push(name);
  const sync = name === 'exists' ? 'existsSync' : name + 'Sync';
  if (typeof fs[sync] !== 'function') missing.push(sync);
}
for (const name of ['createReadStream', 'createWriteStream', 'watch', 'Stats', 'Dirent', 'Dir', 'ReadStream',
  'WriteStream', 'FileReadStream', 'FileWriteStream']) {
  if (typeof fs[name] !== 'function') missing.push(name);
}
console.log('missing callback/sync functions', missing);
console.log('realpath.native', typeof fs.realpath.native, typeof fs.realpathSync.native);
const pfns = ['access', 'appendFile', 'chmod', 'copyFile', 'cp', 'link', 'lstat', 'lutimes', 'mkdir', 'mkdtemp',
  'open', 'opendir', 'readdir', 'readFile', 'readlink', 'realpath', 'rename', 'rm', 'rmdir', 'stat', 'symlink',
  'truncate', 'unlink', 'utimes', 'watch', 'writeFile'];
console.log('missing promise functions', pfns.filter((n) => typeof fsp[n] !== 'function'));
console.log('ReadStream alias', fs.ReadStream === fs.FileReadStream, fs.WriteStream === fs.FileWriteStream);
console.log('lchmod on linux', 'lchmod' in fs, fs.lchmod, fs.lchmodSync);
console.log('_toUnixTimestamp', fs._toUnixTimestamp(new Date(1500)), fs._toUnixTimestamp('12'), fs._toUnixTimestamp(3));
