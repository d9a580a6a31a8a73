// copyFile in three forms: copies content and mode, COPYFILE_EXCL, mode validation, errors
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
const { COPYFILE_EXCL, COPYFILE_FICLONE } = fs.constants;
console.log('constants', COPYFILE_EXCL, COPYFILE_FICLONE, fs.constants.COPYFILE_FICLONE_FORCE);

fs.writeFileSync(p('src'), 'source data');
fs.chmodSync(p('src'), 0o604);
show('copy', () => fs.copyFileSync(p('src'), p('dst')));
show('content', () => fs.readFileSync(p('dst'), 'utf8'));
show('mode copied', () => (fs.statSync(p('dst')).mode & 0o777).toString(8));
fs.writeFileSync(p('other'), 'other');
show('overwrite', () => fs.copyFileSync(p('other'), p('dst')));
show('content', () => fs.readFileSync(p('dst'), 'utf8'));
show('excl', () => fs.copyFileSync(p('src'), p('dst'), COPYFILE_EXCL));
show('excl new', () => fs.copyFileSync(p('src'), p('dst2'), COPYFILE_EXCL));
show('ficlone', () => fs.copyFileSync(p('src'), p('dst3'), COPYFILE_FICLONE));
show('missing src', () => fs.copyFileSync(p('nope'), p('x')));
show('dir src', () => fs.copyFileSync(dir, p('x')));
show('missing dest dir', () => fs.copyFileSync(p('src'), p('no', 'x')));
show('mode string', () => fs.copyFileSync(p('src'), p('x'), 'excl'));
show('mode too big', () => fs.copyFileSync(p('src'), p('x'), 8));
show('bad src', () => fs.copyFileSync(5, p('x')));
show('bad dest', () => fs.copyFileSync(p('src'), undefined));

fs.copyFile(p('src'), p('cb'), function (err) {
  console.log('callback', err, arguments.length, fs.readFileSync(p('cb'), 'utf8'));
  fs.copyFile(p('src'), p('cb'), COPYFILE_EXCL, (err) => {
    console.log('callback excl', fmt(err));
    try {
      fs.copyFile(p('src'), p('cb'));
    } catch (e) {
      console.log('no callback', fmt(e));
    }
    promises();
  });
});

async function promises() {
  console.log('promise', await fsp.copyFile(p('src'), p('pr')), fs.readFileSync(p('pr'), 'utf8'));
  await fsp.copyFile(p('src'), p('pr'), COPYFILE_EXCL).catch((e) => console.log('promise excl', fmt(e)));
  await fsp.copyFile(p('none'), p('pr')).catch((e) => console.log('promise missing', fmt(e)));
  await fsp.copyFile(p('src'), p('pr'), -1).catch((e) => console.log('promise bad mode', fmt(e)));
  fs.rmSync(dir, { recursive: true });
}
