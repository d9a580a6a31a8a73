// FileHandle: read/write in all argument shapes, results' keys, position handling, readFile/writeFile, stat, close event, asyncDispose
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'f');
const str = (b) => JSON.stringify(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1').replace(/\0/g, '_'));

(async () => {
  const fh = await fsp.open(file, 'w+');
  console.log('class', fh.constructor.name, typeof fh.fd, typeof fh.close, fh instanceof require('events'));
  let r = await fh.write(Buffer.from('0123456789'));
  console.log('write buffer', r.bytesWritten, str(r.buffer), Object.keys(r));
  r = await fh.write(Buffer.from('abcdef'), 1, 2, 0);
  console.log('write offset length position', r.bytesWritten, str(r.buffer));
  r = await fh.write(Buffer.from('XYZ'), { offset: 1, position: 5 });
  console.log('write options', r.bytesWritten);
  r = await fh.write('str', 10);
  console.log('write string position', r.bytesWritten, r.buffer);
  r = await fh.write('4142', null, 'hex');
  console.log('write string hex', r.bytesWritten, r.buffer);
  r = await fh.write(Buffer.alloc(0));
  console.log('write empty', r.bytesWritten);
  console.log('content', JSON.stringify(fs.readFileSync(file, 'latin1')));

  r = await fh.read(Buffer.alloc(4), 0, 4, 0);
  console.log('read', r.bytesRead, str(r.buffer), Object.keys(r));
  r = await fh.read(Buffer.alloc(6), 2, 3, 1);
  console.log('read offset', r.bytesRead, str(r.buffer));
  r = await fh.read({ buffer: Buffer.alloc(3), position: 4 });
  console.log('read params', r.bytesRead, str(r.buffer));
  r = await fh.read(Buffer.alloc(5), { position: 2, length: 2 });
  console.log('read buffer options', r.bytesRead, str(r.buffer));
  r = await fh.read({ position: 0 });
  console.log('read default buffer', r.bytesRead, r.buffer.length);
  r = await fh.read();
  console.log('read no args (current position at end)', r.bytesRead);
  r = await fh.read(Buffer.alloc(4), 0, 4, 100);
  console.log('read past end', r.bytesRead);
  r = await fh.read(Buffer.alloc(4), 0, 0, 0);
  console.log('read length 0', r.bytesRead);
  for (const [label, f] of [
    ['read bad buffer', () => fh.read('x')],
    ['read bad offset', () => fh.read(Buffer.alloc(2), -1)],
    ['read too long', () => fh.read(Buffer.alloc(2), 0, 3)],
    ['read empty buffer', () => fh.read(Buffer.alloc(0), 0, 1)],
    ['write bad', () => fh.write(5)],
    ['write odd hex', () => fh.write('abc', null, 'hex')],
    ['write offset too big', () => fh.write(Buffer.alloc(2), 3)],
  ]) {
    await f().then((v) => console.log(label, 'resolved', v.bytesRead ?? v.bytesWritten),
                   (e) => console.log(label, fmt(e)));
  }

  await fh.truncate(0);
  await fh.write('hello', 0);
  console.log('readFile from start via read position', (await fh.read(Buffer.alloc(5), 0, 5, 0)).bytesRead);
  console.log('stat size', (await fh.stat()).size);
  let closed = 0;
  fh.on('close', () => closed++);
  const p1 = fh.close();
  const p2 = fh.close();
  console.log('close returns promise', p1 instanceof Promise, 'close event', closed);
  await p1;
  await p2;
  console.log('fd after close', fh.fd, 'close events', closed);

  {
    const h = await fsp.open(file);
    await h[Symbol.asyncDispose]();
    console.log('asyncDispose closes', h.fd);
  }

  // Concurrent operations keep the handle open until they finish.
  const h2 = await fsp.open(file, 'r');
  const pending = h2.readFile('utf8');
  const closing = h2.close();
  console.log('while reading', h2.fd !== -1);
  console.log('readFile finished', await pending);
  await closing;
  console.log('closed after', h2.fd);
  fs.rmSync(dir, { recursive: true });
})();
