// realpath/realpathSync and their .native forms, fsPromises.realpath: symlink chains, relative links, '..', loops, encodings, errors
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-')));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('real', 'deep'), { recursive: true });
fs.writeFileSync(p('real', 'deep', 'file'), '');
fs.symlinkSync('real', p('l1'));
fs.symlinkSync(p('l1', 'deep'), p('l2'));
fs.symlinkSync('../l2/file', p('real', 'up'));
fs.symlinkSync('loop-b', p('loop-a'));
fs.symlinkSync('loop-a', p('loop-b'));
fs.symlinkSync('missing', p('dangling'));

const inputs = [
  ['plain', p('real', 'deep', 'file')],
  ['one link', p('l1')],
  ['through links', p('l2', 'file')],
  ['relative link with ..', p('real', 'up')],
  ['dots', p('real', 'deep', '..', '.', 'deep', 'file')],
  ['trailing slash', p('l1') + '/'],
  ['dangling', p('dangling')],
  ['loop', p('loop-a')],
  ['missing', p('real', 'nope')],
  ['through file', p('real', 'deep', 'file', 'x')],
];

for (const [label, input] of inputs) {
  for (const [kind, f] of [['js', fs.realpathSync], ['native', fs.realpathSync.native]]) {
    try {
      console.log('sync', kind, label, clean(f(input)));
    } catch (e) {
      console.log('sync', kind, label, fmt(e));
    }
  }
}
console.log('buffer', Buffer.isBuffer(fs.realpathSync(p('l1'), 'buffer')), Buffer.isBuffer(fs.realpathSync.native(p('l1'), { encoding: 'buffer' })));
console.log('hex', Buffer.from(fs.realpathSync(p('l1'), 'hex'), 'hex').toString() === p('real'));
console.log('URL', clean(fs.realpathSync(new URL(`file://${p('l1')}`))));
console.log('Buffer input', clean(fs.realpathSync(Buffer.from(p('l1')))));
for (const [label, f] of [
  ['bad native path', () => fs.realpathSync.native(3)],
  ['no callback', () => fs.realpath(p('l1'))],
  ['native no callback', () => fs.realpath.native(p('l1'))],
]) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, fmt(e));
  }
}

(async () => {
  for (const [label, input] of inputs) {
    for (const [kind, f] of [['js', fs.realpath], ['native', fs.realpath.native]]) {
      await new Promise((resolve) => f(input, function (err, result) {
        console.log('callback', kind, label, err ? fmt(err) : clean(result), arguments.length);
        resolve();
      }));
    }
    await fsp.realpath(input).then((r) => console.log('promise', label, clean(r)),
                                   (e) => console.log('promise', label, fmt(e)));
  }
  console.log('promise buffer', Buffer.isBuffer(await fsp.realpath(p('l1'), 'buffer')));
  fs.rmSync(dir, { recursive: true });
})();
