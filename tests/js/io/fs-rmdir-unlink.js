// rmdir and unlink in three forms: ENOTEMPTY, ENOTDIR, EISDIR, ENOENT, and the deprecated rmdir recursive
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const p = (...parts) => path.join(dir, ...parts);
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, fmt(e));
  }
};
process.noDeprecation = true;

fs.mkdirSync(p('d', 'inner'), { recursive: true });
fs.writeFileSync(p('f'), '');
show('rmdir not empty', () => fs.rmdirSync(p('d')));
show('rmdir file', () => fs.rmdirSync(p('f')));
show('rmdir missing', () => fs.rmdirSync(p('missing')));
show('rmdir empty', () => fs.rmdirSync(p('d', 'inner')));
show('rmdir again', () => fs.rmdirSync(p('d', 'inner')));
show('rmdir bad options', () => fs.rmdirSync(p('d'), { maxRetries: 'x' }));
show('unlink dir', () => fs.unlinkSync(p('d')));
show('unlink file', () => fs.unlinkSync(p('f')));
show('unlink missing', () => fs.unlinkSync(p('f')));
show('unlink bad path', () => fs.unlinkSync([]));
fs.mkdirSync(p('deep', 'er'), { recursive: true });
fs.writeFileSync(p('deep', 'er', 'x'), '');
show('rmdir recursive', () => fs.rmdirSync(p('deep'), { recursive: true }));
show('rmdir recursive gone', () => fs.existsSync(p('deep')));
fs.writeFileSync(p('f2'), '');
show('rmdir recursive on file', () => fs.rmdirSync(p('f2'), { recursive: true }));
show('rmdir recursive missing', () => fs.rmdirSync(p('nothing'), { recursive: true }));

fs.mkdirSync(p('c', 'x'), { recursive: true });
fs.rmdir(p('c'), (err) => {
  console.log('callback not empty', fmt(err));
  fs.rmdir(p('c', 'x'), function (err) {
    console.log('callback empty', err, arguments.length);
    fs.unlink(p('c'), (err) => {
      console.log('callback unlink dir', fmt(err));
      fs.writeFileSync(p('c', 'y'), '');
      fs.unlink(p('c', 'y'), function (err) {
        console.log('callback unlink', err, arguments.length);
        try {
          fs.rmdir(p('c'));
        } catch (e) {
          console.log('callback missing', fmt(e));
        }
        promises();
      });
    });
  });
});

async function promises() {
  fs.mkdirSync(p('pp', 'q'), { recursive: true });
  await fsp.rmdir(p('pp')).catch((e) => console.log('promise not empty', fmt(e)));
  console.log('promise rmdir', await fsp.rmdir(p('pp', 'q')));
  await fsp.unlink(p('pp')).catch((e) => console.log('promise unlink dir', fmt(e)));
  await fsp.unlink(p('zz')).catch((e) => console.log('promise unlink missing', fmt(e)));
  fs.writeFileSync(p('pp', 'z'), '');
  console.log('promise rmdir recursive', await fsp.rmdir(p('pp'), { recursive: true }), fs.existsSync(p('pp')));
  fs.rmSync(dir, { recursive: true });
}
