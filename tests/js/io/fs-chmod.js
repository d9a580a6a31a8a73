// chmod/fchmod in three forms (and FileHandle.chmod): numeric and octal-string modes, validation, errors; lchmod is absent on Linux
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'f');
fs.writeFileSync(file, '');
const mode = () => (fs.statSync(file).mode & 0o7777).toString(8);
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, r, mode());
  } catch (e) {
    console.log(label, fmt(e));
  }
};

show('chmod 600', () => fs.chmodSync(file, 0o600));
show('chmod "755"', () => fs.chmodSync(file, '755'));
show('chmod setuid bits', () => fs.chmodSync(file, 0o4750));
show('chmod 0', () => fs.chmodSync(file, 0));
show('chmod missing', () => fs.chmodSync(path.join(dir, 'missing'), 0o600));
show('chmod bad string', () => fs.chmodSync(file, 'rwx'));
show('chmod 8 in string', () => fs.chmodSync(file, '789'));
show('chmod negative', () => fs.chmodSync(file, -1));
show('chmod float', () => fs.chmodSync(file, 1.5));
show('chmod missing mode', () => fs.chmodSync(file));
const fd = fs.openSync(file, 'r');
show('fchmod', () => fs.fchmodSync(fd, 0o640));
show('fchmod string', () => fs.fchmodSync(fd, '0644'));
show('fchmod bad fd', () => fs.fchmodSync('x', 0o600));
show('lchmod', () => typeof fs.lchmod + ' ' + typeof fs.lchmodSync + ' ' + ('lchmod' in fs));

fs.chmod(file, 0o700, function (err) {
  console.log('chmod callback', err, arguments.length, mode());
  fs.fchmod(fd, 0o711, function (err) {
    console.log('fchmod callback', err, arguments.length, mode());
    fs.closeSync(fd);
    fs.fchmod(fd, 0o700, (err) => {
      console.log('fchmod closed', fmt(err));
      fs.chmod(path.join(dir, 'none'), 0o700, (err) => {
        console.log('chmod callback missing', fmt(err));
        for (const f of [() => fs.chmod(file, 0o700), () => fs.chmod(file, 'bad', () => {})]) {
          try {
            f();
          } catch (e) {
            console.log('throws', fmt(e));
          }
        }
        promises();
      });
    });
  });
});

async function promises() {
  console.log('promise chmod', await fsp.chmod(file, 0o604), mode());
  const fh = await fsp.open(file, 'r');
  console.log('filehandle chmod', await fh.chmod(0o640), mode());
  await fh.chmod('x').catch((e) => console.log('filehandle bad mode', fmt(e)));
  await fh.close();
  await fh.chmod(0o600).catch((e) => console.log('filehandle closed', e.code, e.syscall, e.message));
  await fsp.chmod(path.join(dir, 'none'), 0o700).catch((e) => console.log('promise missing', fmt(e)));
  await fsp.lchmod(file, 0o600).catch((e) => console.log('promise lchmod', fmt(e)));
  fs.rmSync(dir, { recursive: true });
}
