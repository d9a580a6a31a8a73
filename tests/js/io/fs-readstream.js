// fs.createReadStream: 'open'/'ready'/'data'/'end'/'close' order, start/end (inclusive), highWaterMark chunking, encoding, fd and autoClose, bytesRead/path/pending
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');

function run(label, options, done) {
  const events = [];
  const rs = fs.createReadStream(file, options);
  console.log(label, 'pending', rs.pending, clean(rs.path), rs.constructor.name, rs instanceof fs.ReadStream);
  rs.on('open', (fd) => events.push(`open:${typeof fd}`));
  rs.on('ready', () => events.push('ready'));
  rs.on('data', (chunk) => events.push(`data:${Buffer.isBuffer(chunk) ? 'buf' : typeof chunk}:${chunk.toString()}`));
  rs.on('end', () => events.push('end'));
  rs.on('close', () => {
    events.push('close');
    console.log(label, events.join(' '), 'bytesRead', rs.bytesRead, 'destroyed', rs.destroyed);
    done();
  });
}

const steps = [
  ['default', undefined],
  ['start/end', { start: 3, end: 7 }],
  ['start only', { start: 20 }],
  ['end only', { end: 2 }],
  ['end 0', { start: 0, end: 0 }],
  ['highWaterMark 10', { highWaterMark: 10 }],
  ['encoding', { encoding: 'hex', start: 0, end: 3 }],
  ['string options', 'utf8'],
  ['start past end of file', { start: 100 }],
];

function next() {
  const step = steps.shift();
  if (!step) return withFd();
  run(step[0], step[1], next);
}

function withFd() {
  const fd = fs.openSync(file, 'r');
  const rs = fs.createReadStream(null, { fd, start: 24, autoClose: false });
  const got = [];
  rs.on('open', () => got.push('open'));
  rs.on('data', (c) => got.push(c.toString()));
  rs.on('end', () => {
    console.log('fd stream', got.join(' '), 'autoClose', rs.autoClose, 'pending', rs.pending);
    setImmediate(() => {
      console.log('fd still open', fs.readSync(fd, Buffer.alloc(1), 0, 1, 0));
      fs.closeSync(fd);
      missing();
    });
  });
}

function missing() {
  const rs = fs.createReadStream(path.join(dir, 'missing'));
  rs.on('error', (err) => console.log('error', clean(err.message)));
  rs.on('close', () => {
    console.log('closed after error', rs.destroyed);
    const rs2 = fs.createReadStream(file, { highWaterMark: 4 });
    rs2.once('data', (c) => {
      console.log('first chunk then destroy', c.toString());
      rs2.destroy();
    });
    rs2.on('close', () => {
      console.log('destroyed close', rs2.bytesRead);
      const rs3 = fs.createReadStream(file);
      rs3.close((err) => {
        console.log('close() callback', err && err.code);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
}

next();
