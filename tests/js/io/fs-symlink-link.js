// symlink/readlink/link/lstat in three forms: relative and absolute targets, types, dangling links, hard link counts, errors
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
    console.log(label, clean(f()));
  } catch (e) {
    console.log(label, fmt(e));
  }
};
fs.writeFileSync(p('target'), 'T');
fs.mkdirSync(p('tdir'));

show('symlink relative', () => fs.symlinkSync('target', p('rel')));
show('symlink absolute', () => fs.symlinkSync(p('target'), p('abs')));
show('symlink dir type', () => fs.symlinkSync('tdir', p('dlink'), 'dir'));
show('symlink file type', () => fs.symlinkSync('target', p('flink'), 'file'));
show('symlink junction', () => fs.symlinkSync('tdir', p('jlink'), 'junction'));
show('symlink bad type', () => fs.symlinkSync('target', p('bad'), 'folder'));
show('symlink exists', () => fs.symlinkSync('target', p('rel')));
show('symlink dangling', () => fs.symlinkSync('nowhere', p('dangling')));
show('readlink rel', () => fs.readlinkSync(p('rel')));
show('readlink abs', () => fs.readlinkSync(p('abs')));
show('readlink buffer', () => Buffer.isBuffer(fs.readlinkSync(p('rel'), 'buffer')));
show('readlink hex', () => fs.readlinkSync(p('rel'), { encoding: 'hex' }));
show('readlink dangling', () => fs.readlinkSync(p('dangling')));
show('readlink not link', () => fs.readlinkSync(p('target')));
show('readlink missing', () => fs.readlinkSync(p('missing')));
show('readlink bad path', () => fs.readlinkSync(1));
show('read through link', () => fs.readFileSync(p('rel'), 'utf8'));
show('read dangling', () => fs.readFileSync(p('dangling'), 'utf8'));
show('dir through link', () => fs.readdirSync(p('dlink')).length);
show('lstat is link', () => fs.lstatSync(p('dlink')).isSymbolicLink());
show('link', () => fs.linkSync(p('target'), p('hard')));
show('nlink', () => fs.statSync(p('target')).nlink);
show('same ino', () => fs.statSync(p('hard')).ino === fs.statSync(p('target')).ino);
show('link exists', () => fs.linkSync(p('target'), p('hard')));
show('link missing', () => fs.linkSync(p('missing'), p('hard2')));
show('link dir', () => fs.linkSync(p('tdir'), p('hard3')));
show('link bad', () => fs.linkSync(p('target'), 7));
show('unlink link keeps target', () => {
  fs.unlinkSync(p('abs'));
  return fs.existsSync(p('target'));
});

fs.symlink('target', p('cb-link'), function (err) {
  console.log('symlink callback', err, arguments.length);
  fs.readlink(p('cb-link'), function (err, target) {
    console.log('readlink callback', err, target, arguments.length);
    fs.readlink(p('target'), (err) => {
      console.log('readlink callback error', fmt(err));
      fs.link(p('target'), p('cb-hard'), function (err) {
        console.log('link callback', err, arguments.length, fs.statSync(p('target')).nlink);
        fs.symlink('x', p('cb-link'), 'file', (err) => {
          console.log('symlink callback exists', fmt(err));
          try {
            fs.symlink('x', p('y'));
          } catch (e) {
            console.log('symlink no callback', fmt(e));
          }
          promises();
        });
      });
    });
  });
});

async function promises() {
  console.log('promise symlink', await fsp.symlink('target', p('pr-link')));
  console.log('promise readlink', await fsp.readlink(p('pr-link')));
  console.log('promise readlink buffer', Buffer.isBuffer(await fsp.readlink(p('pr-link'), 'buffer')));
  console.log('promise link', await fsp.link(p('target'), p('pr-hard')));
  await fsp.readlink(p('tdir')).catch((e) => console.log('promise readlink dir', fmt(e)));
  await fsp.link(p('nope'), p('x')).catch((e) => console.log('promise link missing', fmt(e)));
  await fsp.symlink('x', p('pr-link')).catch((e) => console.log('promise symlink exists', fmt(e)));
  fs.rmSync(dir, { recursive: true });
}
