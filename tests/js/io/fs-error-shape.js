// The shape of fs system errors: message format, own property names and order, errno/code/syscall/path/dest, instanceof, in sync/callback/promise forms
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const describe = (label, e) => {
  console.log(label, e instanceof Error, e.constructor.name, e.name, Object.keys(e).join(','),
              e.errno, e.code, e.syscall, clean(e.path), clean(e.dest), clean(e.message));
  console.log('  toString', clean(String(e)));
};
const missing = path.join(dir, 'missing');
fs.writeFileSync(path.join(dir, 'file'), '');
fs.mkdirSync(path.join(dir, 'full'));
fs.writeFileSync(path.join(dir, 'full', 'x'), '');

const cases = [
  ['ENOENT open', () => fs.openSync(missing)],
  ['ENOENT stat', () => fs.statSync(missing)],
  ['EEXIST mkdir', () => fs.mkdirSync(dir)],
  ['ENOTDIR scandir', () => fs.readdirSync(path.join(dir, 'file'))],
  ['EISDIR open', () => fs.openSync(dir, 'w')],
  ['ENOTEMPTY rmdir', () => fs.rmdirSync(path.join(dir, 'full'))],
  ['EINVAL readlink', () => fs.readlinkSync(path.join(dir, 'file'))],
  ['ENOENT rename', () => fs.renameSync(missing, path.join(dir, 'y'))],
  ['EEXIST link', () => fs.linkSync(path.join(dir, 'file'), path.join(dir, 'file'))],
  ['ENOENT copyfile', () => fs.copyFileSync(missing, path.join(dir, 'y'))],
  ['EEXIST symlink', () => fs.symlinkSync('t', path.join(dir, 'file'))],
  ['EBADF close', () => fs.closeSync(99999)],
  ['EBADF fstat', () => fs.fstatSync(99999)],
];
for (const [label, f] of cases) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    describe('sync ' + label, e);
  }
}

fs.stat(missing, (e) => {
  describe('callback stat', e);
  fs.rename(missing, path.join(dir, 'z'), (e) => {
    describe('callback rename', e);
    fs.close(99999, (e) => {
      describe('callback close', e);
      fsp.readdir(missing).catch((e) => {
        describe('promise scandir', e);
        fsp.copyFile(missing, path.join(dir, 'w')).catch((e) => {
          describe('promise copyfile', e);
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
