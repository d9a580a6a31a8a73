// statSync/lstatSync/fstatSync: Stats fields and predicates, bigint stats, throwIfNoEntry, symlinks, errors
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, clean(`${e.name} ${e.code} ${e.message}`));
  }
};
const file = path.join(dir, 'file');
fs.writeFileSync(file, '12345');
fs.chmodSync(file, 0o640);
fs.symlinkSync(file, path.join(dir, 'link'));
fs.symlinkSync(path.join(dir, 'gone'), path.join(dir, 'dangling'));

const kinds = (s) => ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket',
  'isCharacterDevice', 'isBlockDevice'].filter((k) => s[k]()).join(',');

const st = fs.statSync(file);
show('instanceof Stats', () => st instanceof fs.Stats);
show('constructor', () => st.constructor.name);
show('keys', () => Object.keys(st).join(' '));
show('size', () => st.size);
show('perm', () => (st.mode & 0o777).toString(8));
show('kinds', () => kinds(st));
show('nlink', () => st.nlink);
show('types', () => ['dev', 'ino', 'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']
  .map((k) => typeof st[k]).join(','));
show('dates', () => [st.atime, st.mtime, st.ctime, st.birthtime].every((d) => d instanceof Date));
show('mtime matches mtimeMs', () => st.mtime.getTime() === Math.round(st.mtimeMs));
show('dir kinds', () => kinds(fs.statSync(dir)));
show('stat follows link', () => kinds(fs.statSync(path.join(dir, 'link'))));
show('lstat link', () => kinds(fs.lstatSync(path.join(dir, 'link'))));
show('lstat dangling', () => kinds(fs.lstatSync(path.join(dir, 'dangling'))));
show('stat dangling', () => fs.statSync(path.join(dir, 'dangling')));
show('char device', () => kinds(fs.statSync('/dev/null')));

const big = fs.statSync(file, { bigint: true });
show('bigint constructor', () => big.constructor.name);
show('bigint keys', () => Object.keys(big).join(' '));
show('bigint types', () => [typeof big.size, typeof big.mode, typeof big.mtimeMs, typeof big.mtimeNs].join(','));
show('bigint size', () => big.size);
show('bigint kinds', () => kinds(big));
show('bigint ns vs ms', () => big.mtimeNs / 1000000n === big.mtimeMs);
show('bigint same ino', () => big.ino === BigInt(st.ino));

const fd = fs.openSync(file, 'r');
show('fstat', () => fs.fstatSync(fd).size);
show('fstat bigint', () => typeof fs.fstatSync(fd, { bigint: true }).size);
show('fstat same ino', () => fs.fstatSync(fd).ino === st.ino);
fs.closeSync(fd);
show('fstat closed', () => fs.fstatSync(fd));

show('missing', () => fs.statSync(path.join(dir, 'missing')));
show('missing lstat', () => fs.lstatSync(path.join(dir, 'missing')));
show('throwIfNoEntry false', () => fs.statSync(path.join(dir, 'missing'), { throwIfNoEntry: false }));
show('lstat throwIfNoEntry false', () => fs.lstatSync(path.join(dir, 'missing'), { throwIfNoEntry: false }));
show('ENOTDIR throwIfNoEntry false', () => fs.statSync(path.join(file, 'x'), { throwIfNoEntry: false }));
show('ENOTDIR', () => fs.statSync(path.join(file, 'x')));
show('throwIfNoEntry bigint', () => fs.statSync(path.join(dir, 'missing'), { bigint: true, throwIfNoEntry: false }));
show('existing throwIfNoEntry false', () => fs.statSync(file, { throwIfNoEntry: false }).size);
show('bad path', () => fs.statSync(42));
show('bad fd', () => fs.fstatSync('x'));
show('Buffer path', () => fs.statSync(Buffer.from(file)).size);
show('URL path', () => fs.statSync(new URL(`file://${file}`)).size);

fs.rmSync(dir, { recursive: true });
