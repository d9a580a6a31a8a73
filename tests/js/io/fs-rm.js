// rm/rmSync/fsPromises.rm: files, directory trees with recursive, force on missing paths, ERR_FS_EISDIR and option validation
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`) + (e.code === 'ERR_FS_EISDIR' ? ` [${e.errno} ${e.syscall} ${clean(e.path)}]` : '');
const p = (...parts) => path.join(dir, ...parts);
const tree = (root) => {
  fs.mkdirSync(path.join(root, 'x', 'y'), { recursive: true });
  fs.writeFileSync(path.join(root, 'x', 'f'), '1');
  fs.writeFileSync(path.join(root, 'x', 'y', 'g'), '2');
  fs.symlinkSync('/nonexistent-target', path.join(root, 'x', 'dangling'));
};
const show = (label, f) => {
  try {
    console.log(label, f(), fs.readdirSync(dir).sort().join(','));
  } catch (e) {
    console.log(label, fmt(e));
  }
};

fs.writeFileSync(p('file'), 'x');
show('file', () => fs.rmSync(p('file')));
show('missing', () => fs.rmSync(p('file')));
show('missing force', () => fs.rmSync(p('file'), { force: true }));
show('missing force recursive', () => fs.rmSync(p('file'), { force: true, recursive: true }));
tree(p('t'));
show('dir not recursive', () => fs.rmSync(p('t')));
show('dir force not recursive', () => fs.rmSync(p('t'), { force: true }));
show('dir recursive', () => fs.rmSync(p('t'), { recursive: true }));
fs.mkdirSync(p('empty'));
show('empty dir', () => fs.rmSync(p('empty')));
show('empty dir recursive', () => fs.rmSync(p('empty'), { recursive: true }));
fs.writeFileSync(p('target'), '');
fs.symlinkSync(p('target'), p('link'));
show('symlink removes the link only', () => fs.rmSync(p('link')));
show('bad force', () => fs.rmSync(p('target'), { force: 'yes' }));
show('bad recursive', () => fs.rmSync(p('target'), { recursive: 1 }));
show('bad maxRetries', () => fs.rmSync(p('target'), { maxRetries: -1 }));
show('bad retryDelay', () => fs.rmSync(p('target'), { retryDelay: 1.5 }));
show('bad options', () => fs.rmSync(p('target'), 'recursive'));
show('bad path', () => fs.rmSync(1));
show('through file', () => fs.rmSync(p('target', 'x')));
show('through file force', () => fs.rmSync(p('target', 'x'), { force: true }));
fs.rmSync(p('target'));

tree(p('cb'));
fs.rm(p('cb'), (err) => {
  console.log('callback dir', err && fmt(err));
  fs.rm(p('cb'), { recursive: true }, function (err) {
    console.log('callback recursive', err, arguments.length, fs.existsSync(p('cb')));
    fs.rm(p('cb'), (err) => {
      console.log('callback missing', fmt(err));
      fs.rm(p('cb'), { force: true }, (err) => {
        console.log('callback force', err);
        promises();
      });
    });
  });
});

async function promises() {
  tree(p('pr'));
  await fsp.rm(p('pr')).catch((e) => console.log('promise dir', fmt(e)));
  console.log('promise recursive', await fsp.rm(p('pr'), { recursive: true }), fs.existsSync(p('pr')));
  await fsp.rm(p('pr')).catch((e) => console.log('promise missing', fmt(e)));
  console.log('promise force', await fsp.rm(p('pr'), { force: true }));
  await fsp.rm(p('pr'), { force: 0 }).catch((e) => console.log('promise bad force', fmt(e)));
  fs.rmSync(dir, { recursive: true });
  console.log('gone', fs.existsSync(dir));
}
