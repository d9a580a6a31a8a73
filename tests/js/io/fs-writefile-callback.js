// fs.writeFile with a callback: data kinds, encodings, flags, fds, the callback's arguments and errors
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'out.txt');

const steps = [
  ['string', () => [file, 'text']],
  ['hex', () => [file, 'cafe', 'hex']],
  ['options', () => [file, 'AAEC', { encoding: 'base64', mode: 0o644 }]],
  ['typed array', () => [file, new Uint8Array([65, 66, 67])]],
  ['append flag', () => [file, 'D', { flag: 'a' }]],
  ['wx exists', () => [file, 'x', { flag: 'wx' }]],
  ['flush', () => [file, 'flushed', { flush: true }]],
  ['missing dir', () => [path.join(dir, 'no', 'file'), 'x']],
  ['directory', () => [dir, 'x']],
];

function next() {
  const step = steps.shift();
  if (!step) return finish();
  const [label, args] = step;
  fs.writeFile(...args(), function (err) {
    console.log(label, err ? fmt(err) : 'ok', arguments.length,
                fs.existsSync(file) ? fs.readFileSync(file) : '-');
    next();
  });
}

function finish() {
  const fd = fs.openSync(path.join(dir, 'fd.txt'), 'w');
  fs.writeFile(fd, 'first,', (err) => {
    fs.writeFile(fd, 'second', (err2) => {
      fs.closeSync(fd);
      console.log('fd', err, err2, fs.readFileSync(path.join(dir, 'fd.txt'), 'utf8'));
      for (const bad of [
        () => fs.writeFile(file, 'x'),
        () => fs.writeFile(file, 'x', {}),
        () => fs.writeFile(file, 1, () => {}),
        () => fs.writeFile(file, 'x', { flush: 1 }, () => {}),
        () => fs.writeFile(file, 'x', { encoding: 'zz' }, () => {}),
        () => fs.writeFile(true, 'x', () => {}),
      ]) {
        try {
          bad();
          console.log('no throw');
        } catch (e) {
          console.log('throws', fmt(e));
        }
      }
      fs.rmSync(dir, { recursive: true });
    });
  });
}

next();
console.log('sync code first');
