// cp/cpSync/fsPromises.cp: recursive directory copies with filter, force, errorOnExist, symlinks, modes
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const p = (...parts) => path.join(dir, ...parts);

fs.mkdirSync(p('src', 'sub', 'deep'), { recursive: true });
fs.writeFileSync(p('src', 'a.txt'), 'A');
fs.writeFileSync(p('src', 'b.log'), 'B');
fs.writeFileSync(p('src', 'sub', 'c.txt'), 'C');
fs.writeFileSync(p('src', 'sub', 'deep', 'd.log'), 'D');
fs.chmodSync(p('src', 'a.txt'), 0o640);
fs.symlinkSync('a.txt', p('src', 'rel-link'));

function listing(root) {
  return fs.readdirSync(root, { recursive: true }).sort().map((rel) => {
    const full = path.join(root, rel);
    const st = fs.lstatSync(full);
    if (st.isSymbolicLink()) return `${rel}->${clean(fs.readlinkSync(full))}`;
    if (st.isDirectory()) return `${rel}/`;
    return `${rel}=${fs.readFileSync(full, 'utf8')}`;
  }).join(' ');
}

fs.cpSync(p('src'), p('copy1'), { recursive: true });
console.log('sync recursive', listing(p('copy1')));
console.log('mode kept', (fs.statSync(p('copy1', 'a.txt')).mode & 0o777).toString(8));

const seen = [];
fs.cpSync(p('src'), p('copy2'), {
  recursive: true,
  filter(src, dest) {
    seen.push(clean(src) + '=>' + clean(dest));
    return !src.endsWith('.log');
  },
});
console.log('filter calls', seen.sort().join(' '));
console.log('filtered', listing(p('copy2')));

// Copying over an existing copy (without the symlink: Node refuses to replace a link that
// resolves to the same file).
const noLink = (src) => !src.endsWith('rel-link');
fs.writeFileSync(p('copy2', 'a.txt'), 'changed');
fs.cpSync(p('src'), p('copy2'), { recursive: true, force: false, filter: noLink });
console.log('force false keeps', fs.readFileSync(p('copy2', 'a.txt'), 'utf8'));
try {
  fs.cpSync(p('src', 'sub', 'deep'), p('copy2', 'sub', 'deep'), { recursive: true, force: false, errorOnExist: true });
} catch (e) {
  console.log('errorOnExist', fmt(e), clean(e.path), e.syscall, e.errno);
}
fs.cpSync(p('src'), p('copy2'), { recursive: true, filter: noLink });
console.log('force true overwrites', fs.readFileSync(p('copy2', 'a.txt'), 'utf8'));
try {
  fs.cpSync(p('src'), p('copy1'), { recursive: true });
} catch (e) {
  console.log('existing link', fmt(e));
}

fs.cpSync(p('src', 'a.txt'), p('single.txt'));
console.log('single file', fs.readFileSync(p('single.txt'), 'utf8'));
fs.cpSync(p('src', 'a.txt'), p('new', 'parent', 'file.txt'));
console.log('creates parents', fs.readFileSync(p('new', 'parent', 'file.txt'), 'utf8'));
fs.cpSync(p('src'), p('verbatim'), { recursive: true, verbatimSymlinks: true });
console.log('verbatim link', fs.readlinkSync(p('verbatim', 'rel-link')));
fs.cpSync(p('src'), p('deref'), { recursive: true, dereference: true });
console.log('dereference', fs.lstatSync(p('deref', 'rel-link')).isFile(), fs.readFileSync(p('deref', 'rel-link'), 'utf8'));
fs.utimesSync(p('src', 'b.log'), 1000000, 1234567);
fs.cpSync(p('src', 'b.log'), p('stamp.txt'), { preserveTimestamps: true });
console.log('preserveTimestamps', fs.statSync(p('stamp.txt')).mtimeMs);

fs.cp(p('src'), p('cb'), { recursive: true, filter: (s) => !s.includes('deep') }, function (err) {
  console.log('callback', err, arguments.length, listing(p('cb')));
  promises();
});

async function promises() {
  await fsp.cp(p('src'), p('pr'), {
    recursive: true,
    filter: async (s) => {
      await null;
      return !s.endsWith('c.txt');
    },
  });
  console.log('promise async filter', listing(p('pr')));
  await fsp.cp(p('src', 'sub', 'deep'), p('pr', 'sub', 'deep'), { recursive: true, errorOnExist: true, force: false })
    .catch((e) => console.log('promise errorOnExist', fmt(e)));
  await fsp.cp(p('src', 'a.txt'), p('pr-file'));
  console.log('promise file', fs.readFileSync(p('pr-file'), 'utf8'));
  fs.rmSync(dir, { recursive: true });
}
