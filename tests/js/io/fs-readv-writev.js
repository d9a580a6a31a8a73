// readv/writev in callback, sync and FileHandle forms: scatter/gather order, positions, short reads, validation
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'v');
const strs = (bufs) => bufs.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')).join('|');

const fd = fs.openSync(file, 'w+');
console.log('writevSync', fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd'), new Uint8Array([101, 102])]));
console.log('writevSync position', fs.writevSync(fd, [Buffer.from('XY')], 1));
console.log('writevSync empty', fs.writevSync(fd, []));
console.log('content', fs.readFileSync(file, 'latin1'));
const a = Buffer.alloc(2);
const b = Buffer.alloc(3);
console.log('readvSync', fs.readvSync(fd, [a, b], 0), strs([a, b]));
const c = Buffer.alloc(4);
const d = Buffer.alloc(4);
console.log('readvSync short', fs.readvSync(fd, [c, d], 2), strs([c, d]).replace(/\0/g, '_'));
for (const [label, f] of [
  ['not array', () => fs.readvSync(fd, Buffer.alloc(1))],
  ['bad element', () => fs.writevSync(fd, [Buffer.alloc(1), 'x'])],
  ['bad fd', () => fs.readvSync(-1, [])],
]) {
  try {
    f();
  } catch (e) {
    console.log(label, fmt(e));
  }
}

fs.writev(fd, [Buffer.from('12'), Buffer.from('34')], 0, function (err, n, bufs) {
  console.log('writev cb', err, n, strs(bufs), arguments.length);
  fs.writev(fd, [], (err, n, bufs) => {
    console.log('writev empty', err, n, bufs.length);
    const x = Buffer.alloc(3);
    const y = Buffer.alloc(3);
    fs.readv(fd, [x, y], 0, (err, n, bufs) => {
      console.log('readv cb', err, n, strs(bufs), bufs[0] === x);
      fs.readv(fd, [Buffer.alloc(2)], (err, n) => {
        console.log('readv current position', err, n);
        try {
          fs.readv(fd, [x]);
        } catch (e) {
          console.log('readv no cb', fmt(e));
        }
        fs.closeSync(fd);
        fs.readv(fd, [x], 0, (err) => {
          console.log('readv closed', fmt(err));
          promises();
        });
      });
    });
  });
});

async function promises() {
  const fh = await fsp.open(file, 'r+');
  const w = await fh.writev([Buffer.from('p'), Buffer.from('q')], 0);
  console.log('fh.writev', w.bytesWritten, strs(w.buffers), Object.keys(w));
  const r = await fh.readv([Buffer.alloc(1), Buffer.alloc(2)], 0);
  console.log('fh.readv', r.bytesRead, strs(r.buffers), Object.keys(r));
  console.log('fh.writev empty', (await fh.writev([])).bytesWritten);
  await fh.readv('nope').catch((e) => console.log('fh.readv bad', fmt(e)));
  await fh.close();
  await fh.readv([Buffer.alloc(1)]).catch((e) => console.log('fh.readv closed', e.code, e.syscall, e.message));
  fs.rmSync(dir, { recursive: true });
}
