// fs.read/fs.write with callbacks: every argument shape Node accepts and what the callback receives
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'rw');
const fd = fs.openSync(file, 'w+');

const describe = (v) => (Buffer.isBuffer(v) ? `Buffer(${v.length}) ${JSON.stringify(v.toString('latin1').replace(/\0/g, '_'))}` :
  typeof v === 'string' ? JSON.stringify(v) : v && v.constructor ? v.constructor.name : v);

const steps = [
  ['write buffer all', (cb) => fs.write(fd, Buffer.from('hello world'), cb)],
  ['write buffer offset', (cb) => fs.write(fd, Buffer.from('abcdef'), 3, cb)],
  ['write buffer offset length', (cb) => fs.write(fd, Buffer.from('abcdef'), 1, 2, cb)],
  ['write buffer position', (cb) => fs.write(fd, Buffer.from('HE'), 0, 2, 0, cb)],
  ['write buffer options', (cb) => fs.write(fd, Buffer.from('1234'), { offset: 2, length: 2, position: 5 }, cb)],
  ['write string', (cb) => fs.write(fd, '<s>', cb)],
  ['write string position', (cb) => fs.write(fd, '#', 1, cb)],
  ['write string encoding', (cb) => fs.write(fd, '2a2a', null, 'hex', cb)],
  ['read buffer', (cb) => fs.read(fd, Buffer.alloc(6), 0, 6, 0, cb)],
  ['read bigint position', (cb) => fs.read(fd, Buffer.alloc(4), 0, 4, 2n, cb)],
  ['read options', (cb) => fs.read(fd, Buffer.alloc(5), { offset: 1, length: 3, position: 1 }, cb)],
  ['read params object', (cb) => fs.read(fd, { buffer: Buffer.alloc(3), position: 0 }, cb)],
  ['read default buffer', (cb) => fs.read(fd, { position: 0, length: 2 }, (err, n, b) => cb(err, n, b.length))],
  ['read fd only', (cb) => fs.read(fd, (err, n, b) => cb(err, n, b.length))],
  ['read length 0', (cb) => fs.read(fd, Buffer.alloc(4), 0, 0, 0, cb)],
  ['read at end', (cb) => fs.read(fd, Buffer.alloc(4), 0, 4, 100, cb)],
  ['read bad fd', (cb) => fs.read(999, Buffer.alloc(4), 0, 4, 0, cb)],
  ['write bad fd', (cb) => fs.write(999, 'x', cb)],
];

function next() {
  const step = steps.shift();
  if (!step) return validation();
  const [label, run] = step;
  run(function (err, n, buf) {
    console.log(label, err ? fmt(err) : err, n, describe(buf), arguments.length);
    next();
  });
}

function validation() {
  for (const [label, f] of [
    ['read no cb', () => fs.read(fd, Buffer.alloc(2), 0, 2, 0)],
    ['read bad buffer', () => fs.read(fd, 'x', 0, 1, 0, () => {})],
    ['read bad options', () => fs.read(fd, Buffer.alloc(2), 5, () => {})],
    ['read empty buffer', () => fs.read(fd, Buffer.alloc(0), 0, 1, 0, () => {})],
    ['read bad position', () => fs.read(fd, Buffer.alloc(2), 0, 1, {}, () => {})],
    ['write no cb', () => fs.write(fd, Buffer.alloc(2))],
    ['write string no cb', () => fs.write(fd, 'x', 0, 'utf8')],
    ['write bad data', () => fs.write(fd, null, () => {})],
    ['write bad offset', () => fs.write(fd, Buffer.alloc(2), -1, () => {})],
    ['write bad fd', () => fs.write('x', 'y', () => {})],
  ]) {
    try {
      f();
      console.log(label, 'no throw');
    } catch (e) {
      console.log(label, fmt(e));
    }
  }
  console.log('final', JSON.stringify(fs.readFileSync(file, 'latin1')));
  fs.closeSync(fd);
  fs.rmSync(dir, { recursive: true });
}

next();
