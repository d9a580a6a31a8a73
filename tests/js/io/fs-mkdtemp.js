// mkdtemp in three forms: six random characters after the prefix, directories are created (mode 700), encodings and errors
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
// The six characters in error messages are random (or XXXXXX): masked.
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`).replace(/-[A-Za-z0-9]{6}'/, "-??????'");
const check = (label, result, prefix) => {
  const name = String(result);
  const tail = name.slice(prefix.length);
  console.log(label, name.startsWith(prefix), tail.length, /^[A-Za-z0-9]{6}$/.test(tail),
              fs.statSync(name).isDirectory(), (fs.statSync(name).mode & 0o777).toString(8));
};

const prefix = path.join(dir, 'tmp-');
const a = fs.mkdtempSync(prefix);
check('sync', a, prefix);
const b = fs.mkdtempSync(prefix);
console.log('distinct', a !== b);
const c = fs.mkdtempSync(Buffer.from(prefix), 'buffer');
console.log('buffer result', Buffer.isBuffer(c));
check('buffer', c, prefix);
const d = fs.mkdtempSync(prefix, { encoding: 'hex' });
console.log('hex result', Buffer.from(d, 'hex').toString().startsWith(prefix));
const e = fs.mkdtempSync(path.join(dir, 'no-separator'));
check('no separator', e, path.join(dir, 'no-separator'));
for (const [label, f] of [
  ['missing parent', () => fs.mkdtempSync(path.join(dir, 'missing', 'x-'))],
  ['bad prefix', () => fs.mkdtempSync(5)],
  ['null byte', () => fs.mkdtempSync('x\0')],
  ['bad encoding', () => fs.mkdtempSync(prefix, 'nope')],
  ['no callback', () => fs.mkdtemp(prefix)],
]) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, fmt(err));
  }
}

fs.mkdtemp(prefix, function (err, name) {
  console.log('callback', err, arguments.length);
  check('callback', name, prefix);
  fs.mkdtemp(path.join(dir, 'nope', 'x-'), (err) => {
    console.log('callback error', fmt(err));
    promises();
  });
});

async function promises() {
  check('promise', await fsp.mkdtemp(prefix), prefix);
  check('promise buffer', await fsp.mkdtemp(prefix, { encoding: 'buffer' }), prefix);
  await fsp.mkdtemp(path.join(dir, 'nope', 'x-')).catch((err) => console.log('promise error', fmt(err)));
  console.log('entries', fs.readdirSync(dir).length);
  fs.rmSync(dir, { recursive: true });
}
