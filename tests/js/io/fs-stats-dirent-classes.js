// fs.Stats, BigIntStats and fs.Dirent as classes: prototypes, predicates on hand-made instances, Date rounding, DirentFromStats-free behaviour
const fs = require('fs');
const path = require('path');
const os = require('os');

const s = new fs.Stats(1, 0o100644, 1, 0, 0, 0, 4096, 7, 10, 8, 1000.4, 2000.6, 3000, 4000);
console.log('keys', Object.keys(s).join(' '));
console.log('values', s.dev, s.mode, s.ino, s.size, s.atimeMs, s.mtimeMs);
console.log('dates', s.atime.getTime(), s.mtime.getTime(), s.birthtime.toISOString());
console.log('isFile', s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(), s.isCharacterDevice(), s.isBlockDevice());
for (const [name, mode] of [['dir', 0o040755], ['link', 0o120777], ['fifo', 0o010644], ['socket', 0o140755], ['char', 0o020666], ['block', 0o060660]]) {
  const t = new fs.Stats(0, mode);
  console.log(name, ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isCharacterDevice', 'isBlockDevice'].filter((k) => t[k]()).join());
}
console.log('proto methods', Object.getOwnPropertyNames(Object.getPrototypeOf(fs.Stats.prototype)).sort().join(' '));
console.log('own proto', Object.getOwnPropertyNames(fs.Stats.prototype).sort().join(' '));
console.log('instanceof', s instanceof fs.Stats, typeof fs.Stats, fs.Stats.name);

const d = new fs.Dirent('name.txt', fs.constants.UV_DIRENT_FILE, '/some/dir');
console.log('dirent', d.name, d.path, d.parentPath, d.isFile(), d.isDirectory(), Object.keys(d).join(','));
for (const [name, type] of Object.entries({ UNKNOWN: 0, FILE: 1, DIR: 2, LINK: 3, FIFO: 4, SOCKET: 5, CHAR: 6, BLOCK: 7 })) {
  const e = new fs.Dirent('x', type, '/');
  console.log('dirent', name, ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isCharacterDevice', 'isBlockDevice'].filter((k) => e[k]()).join() || '-');
}
console.log('Dirent proto', Object.getOwnPropertyNames(fs.Dirent.prototype).sort().join(' '));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const big = fs.statSync(dir, { bigint: true });
console.log('BigIntStats proto chain', Object.getPrototypeOf(Object.getPrototypeOf(big)) === Object.getPrototypeOf(fs.Stats.prototype));
console.log('BigIntStats not Stats', big instanceof fs.Stats, big.isDirectory());
console.log('atime from atimeMs', big.atime.getTime() === Number(big.atimeMs));
fs.rmSync(dir, { recursive: true });
