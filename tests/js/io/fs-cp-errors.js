// cp errors in sync, callback and promise forms: ERR_FS_EISDIR, ERR_FS_CP_EINVAL, ERR_FS_CP_DIR_TO_NON_DIR, ERR_FS_CP_NON_DIR_TO_DIR, option validation
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => {
  let s = `${e.name} ${e.code} ${e.message}`;
  if (e.info) s += ` {${e.info.code} ${e.info.syscall} ${e.errno} ${e.path}}`;
  return clean(s);
};
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('src', 'inner'), { recursive: true });
fs.writeFileSync(p('src', 'f'), 'x');
fs.writeFileSync(p('file'), 'y');

const cases = [
  ['dir without recursive', p('src'), p('out')],
  ['same path', p('src', 'f'), p('src', 'f')],
  ['into itself', p('src'), p('src', 'inner', 'copy'), { recursive: true }],
  ['dir onto file', p('src'), p('file'), { recursive: true }],
  ['file onto dir', p('file'), p('src'), { recursive: true }],
  ['missing src', p('missing'), p('out2')],
  ['bad recursive', p('src'), p('out3'), { recursive: 'yes' }],
  ['bad filter', p('src'), p('out3'), { filter: true }],
  ['bad mode', p('src'), p('out3'), { mode: -1 }],
  ['deref + verbatim', p('src'), p('out3'), { dereference: true, verbatimSymlinks: true }],
  ['bad options', p('src'), p('out3'), 'recursive'],
  ['bad src', 12, p('out3')],
];

for (const [label, src, dest, opts] of cases) {
  try {
    fs.cpSync(src, dest, opts);
    console.log('sync', label, 'ok');
  } catch (e) {
    console.log('sync', label, fmt(e));
  }
}
try {
  fs.cpSync(p('src'), p('o'), { recursive: true, filter: async () => true });
} catch (e) {
  console.log('sync promise filter', fmt(e));
}

(async () => {
  for (const [label, src, dest, opts] of cases) {
    await fsp.cp(src, dest, opts).then(() => console.log('promise', label, 'ok'),
                                       (e) => console.log('promise', label, fmt(e)));
  }
  for (const [label, src, dest, opts] of cases.slice(0, 5)) {
    await new Promise((resolve) => fs.cp(src, dest, opts || {}, (err) => {
      console.log('callback', label, err ? fmt(err) : 'ok');
      resolve();
    }));
  }
  try {
    fs.cp(p('src'), p('x'));
  } catch (e) {
    console.log('callback missing', fmt(e));
  }
  fs.rmSync(dir, { recursive: true });
})();
