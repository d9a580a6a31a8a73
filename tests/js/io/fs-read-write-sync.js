// readSync/writeSync: buffer and string forms, offsets, lengths, positions (number, null, bigint), options objects, validation
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, clean(`${e.name} ${e.code} ${e.message}`));
  }
};
const file = path.join(dir, 'rw');
const fd = fs.openSync(file, 'w+');

show('write buffer', () => fs.writeSync(fd, Buffer.from('0123456789')));
show('write offset/length', () => fs.writeSync(fd, Buffer.from('abcdef'), 2, 3));
show('write at position', () => fs.writeSync(fd, Buffer.from('XY'), 0, 2, 0));
show('write options', () => fs.writeSync(fd, Buffer.from('PQRS'), { offset: 1, length: 2, position: 4 }));
show('write string', () => fs.writeSync(fd, 'str'));
show('write string position', () => fs.writeSync(fd, '!!', 1));
show('write string hex', () => fs.writeSync(fd, '4142', null, 'hex'));
show('write string utf16le', () => fs.writeSync(fd, 'ok', null, 'utf16le'));
show('write Uint16Array', () => fs.writeSync(fd, new Uint16Array([0x6867])));
show('content', () => JSON.stringify(fs.readFileSync(file, 'latin1')));

const buf = Buffer.alloc(8, '.');
show('read all', () => fs.readSync(fd, buf, 0, 8, 0) + ' ' + buf.toString('latin1'));
show('read offset', () => fs.readSync(fd, buf, 4, 2, 10) + ' ' + buf.toString('latin1'));
show('read bigint position', () => fs.readSync(fd, buf, 0, 3, 1n) + ' ' + buf.toString('latin1'));
show('read options', () => fs.readSync(fd, buf, { offset: 1, length: 2, position: 2 }) + ' ' + buf.toString('latin1'));
show('read no options', () => fs.readSync(fd, Buffer.alloc(4)));
show('read past end', () => fs.readSync(fd, buf, 0, 8, 1000));
show('read length 0', () => fs.readSync(fd, buf, 0, 0, 0));
show('read into Uint8Array', () => {
  const u = new Uint8Array(3);
  fs.readSync(fd, u, 0, 3, 0);
  return Array.from(u).join(',');
});
show('read into DataView', () => {
  const dv = new DataView(new ArrayBuffer(4));
  fs.readSync(fd, dv, 0, 4, 0);
  return dv.getUint32(0).toString(16);
});

// The current position advances with position null.
const fd2 = fs.openSync(file, 'r');
const one = Buffer.alloc(2);
show('sequential 1', () => fs.readSync(fd2, one, 0, 2, null) + one.toString('latin1'));
show('sequential 2', () => fs.readSync(fd2, one, 0, 2, null) + one.toString('latin1'));
show('positioned does not move', () => fs.readSync(fd2, one, 0, 2, 0) + one.toString('latin1'));
show('sequential 3', () => fs.readSync(fd2, one, 0, 2, -1) + one.toString('latin1'));
show('write to read-only fd', () => fs.writeSync(fd2, 'x'));
fs.closeSync(fd2);

// Validation.
show('read non-buffer', () => fs.readSync(fd, 'str'));
show('read empty buffer', () => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0));
show('read offset negative', () => fs.readSync(fd, buf, -1, 1, 0));
show('read offset string', () => fs.readSync(fd, buf, '1', 1, 0));
show('read length too big', () => fs.readSync(fd, buf, 4, 5, 0));
show('read position bad', () => fs.readSync(fd, buf, 0, 1, 'x'));
show('read position -2', () => fs.readSync(fd, buf, 0, 1, -2));
show('read position 1.5', () => fs.readSync(fd, buf, 0, 1, 1.5));
show('read fd string', () => fs.readSync('1', buf));
show('write number', () => fs.writeSync(fd, 12));
show('write offset too big', () => fs.writeSync(fd, Buffer.alloc(2), 3));
show('write length too big', () => fs.writeSync(fd, Buffer.alloc(2), 1, 2));
show('write length negative', () => fs.writeSync(fd, Buffer.alloc(2), 0, -1));
show('write odd hex', () => fs.writeSync(fd, 'abc', 0, 'hex'));
fs.closeSync(fd);
show('read closed', () => fs.readSync(fd, buf, 0, 1, 0));
show('write closed', () => fs.writeSync(fd, 'x'));
fs.rmSync(dir, { recursive: true });
