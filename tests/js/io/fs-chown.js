// fs.chown / lchown / fchown in their callback, Sync and promise forms (to the file's own
// uid and gid, and -1 for "unchanged"), FileHandle.chown, a missing path (ENOENT, syscall
// chown), and Node's range errors for uid and gid.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'f.txt');
const link = path.join(dir, 'l');
fs.writeFileSync(file, 'x');
fs.symlinkSync(file, link);
const { uid, gid } = fs.statSync(file);
const show = (e) => `${e.name} ${e.code} ${e.message.replaceAll(dir, '<tmp>')}`;

fs.chownSync(file, uid, gid);
fs.lchownSync(link, -1, -1);
const fd = fs.openSync(file, 'r');
fs.fchownSync(fd, uid, -1);
fs.closeSync(fd);
console.log('sync forms ok, owner kept:', fs.statSync(file).uid === uid);
for (const [what, f] of [
  ['chown missing', () => fs.chownSync(path.join(dir, 'nope'), uid, gid)],
  ['lchown missing', () => fs.lchownSync(path.join(dir, 'nope'), uid, gid)],
  ['uid too small', () => fs.chownSync(file, -2, gid)],
  ['gid too big', () => fs.chownSync(file, uid, 2 ** 32)],
  ['uid not integer', () => fs.chownSync(file, 1.5, gid)],
  ['uid string', () => fs.chownSync(file, '0', gid)],
  ['fchown bad fd', () => fs.fchownSync(-1, uid, gid)],
]) {
  try { f(); console.log(what, 'ok'); } catch (e) { console.log(what, show(e)); }
}
fs.chown(file, uid, gid, (err) => {
  console.log('callback chown', err);
  fs.chown(path.join(dir, 'nope'), uid, gid, (e) => {
    console.log('callback chown missing', show(e), e.syscall);
    (async () => {
      await fs.promises.chown(file, uid, gid);
      await fs.promises.lchown(link, uid, gid);
      const fh = await fs.promises.open(file, 'r');
      await fh.chown(uid, gid);
      await fh.close();
      console.log('promise forms ok');
      try { await fs.promises.chown(path.join(dir, 'nope'), uid, gid); } catch (e) { console.log('promise chown missing', show(e)); }
      fs.rmSync(dir, { recursive: true });
    })();
  });
});
