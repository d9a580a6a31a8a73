// fs.readFile with a callback: results, encodings, fds, errors, and that the callback runs after the synchronous code
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'line one\nline two\n');

function step(list, done) {
  if (list.length === 0) return done();
  const [label, args] = list.shift();
  fs.readFile(...args, function (err, data) {
    if (err) console.log(label, 'error', fmt(err), arguments.length);
    else console.log(label, Buffer.isBuffer(data) ? data : JSON.stringify(data), arguments.length);
    step(list, done);
  });
}

console.log('before');
const fd = fs.openSync(file, 'r');
step([
  ['buffer', [file]],
  ['utf8', [file, 'utf8']],
  ['options', [file, { encoding: 'base64' }]],
  ['flag', [file, { encoding: 'utf8', flag: 'a+' }]],
  ['fd', [fd, 'utf8']],
  ['fd again', [fd, 'utf8']],
  ['missing', [path.join(dir, 'nope')]],
  ['directory', [dir]],
  ['not dir', [path.join(file, 'x')]],
], () => {
  fs.closeSync(fd);
  for (const bad of [
    () => fs.readFile(file),
    () => fs.readFile(file, 'utf8'),
    () => fs.readFile(file, {}, 'cb'),
    () => fs.readFile(file, { encoding: 'bogus' }, () => {}),
    () => fs.readFile(file, { flag: 'z' }, () => {}),
    () => fs.readFile(5.5, () => {}),
    () => fs.readFile(file, { signal: 1 }, () => {}),
  ]) {
    try {
      bad();
      console.log('no throw');
    } catch (e) {
      console.log('throws', fmt(e));
    }
  }
  fs.rmSync(dir, { recursive: true });
  console.log('done');
});
console.log('after');
