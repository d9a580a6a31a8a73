// createReadStream/createWriteStream options: custom fs methods, validation errors, emitClose false, autoClose false with destroy, flush, signal
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, '0123456789');

for (const [label, f] of [
  ['start > end', () => fs.createReadStream(file, { start: 5, end: 2 })],
  ['start string', () => fs.createReadStream(file, { start: '1' })],
  ['end negative', () => fs.createReadStream(file, { end: -1 })],
  ['end float', () => fs.createReadStream(file, { end: 1.5 })],
  ['bad options', () => fs.createReadStream(file, 7)],
  ['bad encoding', () => fs.createReadStream(file, { encoding: 'zzz' })],
  ['bad path', () => fs.createReadStream({})],
  ['custom fs without open', () => fs.createReadStream(file, { fs: { open: 1 } })],
  ['custom fs without read', () => fs.createReadStream(file, { fs: { open() {}, close() {} } })],
  ['write custom fs without write', () => fs.createWriteStream(file, { fs: { open() {}, close() {} } })],
  ['fd negative', () => fs.createReadStream(null, { fd: -1 })],
]) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const calls = [];
const customFs = {
  open(p, flags, mode, cb) {
    calls.push(`open ${path.basename(p)} ${flags} ${mode.toString(8)}`);
    fs.open(p, flags, mode, cb);
  },
  read(fd, buf, off, len, pos, cb) {
    calls.push(`read ${off} ${len} ${pos}`);
    fs.read(fd, buf, off, len, pos, cb);
  },
  close(fd, cb) {
    calls.push('close');
    fs.close(fd, cb);
  },
};
const rs = fs.createReadStream(file, { fs: customFs, start: 2, highWaterMark: 5 });
const got = [];
rs.on('data', (c) => got.push(c.toString()));
rs.on('close', () => {
  console.log('custom fs', got.join('|'), calls.join(', '));
  noEmitClose();
});

function noEmitClose() {
  const r = fs.createReadStream(file, { emitClose: false });
  let closed = false;
  r.on('close', () => { closed = true; });
  r.resume();
  r.on('end', () => setTimeout(() => {
    console.log('emitClose false', closed, r.destroyed);
    flushed();
  }, 20));
}

function flushed() {
  const w = fs.createWriteStream(path.join(dir, 'flushed'), { flush: true });
  w.end('data', () => {
    console.log('flush', fs.readFileSync(path.join(dir, 'flushed'), 'utf8'));
    aborted();
  });
}

function aborted() {
  const ac = new AbortController();
  const r = fs.createReadStream(file, { signal: ac.signal });
  r.on('error', (e) => console.log('signal error', e.name, e.code));
  r.on('close', () => {
    console.log('signal closed', r.destroyed);
    fs.rmSync(dir, { recursive: true });
  });
  ac.abort();
}
