// fs.writeFileSync: strings in each encoding, typed arrays and DataViews, flags, modes, fds and errors
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, r);
  } catch (e) {
    console.log(label, clean(`${e.name} ${e.code} ${e.message}`));
  }
};
const file = path.join(dir, 'out');
const read = () => fs.readFileSync(file);

show('returns', () => fs.writeFileSync(file, 'hello'));
show('utf8', read);
fs.writeFileSync(file, '68656c6c6f', 'hex');
show('hex', read);
fs.writeFileSync(file, 'aGk=', { encoding: 'base64' });
show('base64', read);
fs.writeFileSync(file, 'é', 'latin1');
show('latin1', read);
fs.writeFileSync(file, 'ab', 'utf16le');
show('utf16le', read);
fs.writeFileSync(file, new Uint8Array([1, 2, 3]));
show('Uint8Array', read);
fs.writeFileSync(file, new Uint16Array([0x0102, 0x0304]));
show('Uint16Array', read);
fs.writeFileSync(file, new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2));
show('DataView', read);
fs.writeFileSync(file, Buffer.from('buffer data'));
show('Buffer', () => read().toString());
fs.writeFileSync(file, '');
show('empty', read);

fs.writeFileSync(file, 'one');
fs.writeFileSync(file, ' two', { flag: 'a' });
show('flag a', () => read().toString());
show('flag wx on existing', () => fs.writeFileSync(file, 'x', { flag: 'wx' }));
show('flag wx new', () => fs.writeFileSync(path.join(dir, 'new'), 'x', { flag: 'wx' }));
show('flag r', () => fs.writeFileSync(path.join(dir, 'absent'), 'x', { flag: 'r' }));

fs.writeFileSync(path.join(dir, 'mode'), 'x', { mode: 0o600 });
show('mode 600', () => (fs.statSync(path.join(dir, 'mode')).mode & 0o777).toString(8));
fs.writeFileSync(path.join(dir, 'mode2'), 'x', { mode: '640' });
show('mode "640"', () => (fs.statSync(path.join(dir, 'mode2')).mode & 0o777).toString(8));

const fd = fs.openSync(file, 'w');
fs.writeFileSync(fd, 'abc');
fs.writeFileSync(fd, 'def');
fs.closeSync(fd);
show('fd appends at position', () => read().toString());

show('flush', () => fs.writeFileSync(file, 'flushed', { flush: true }));
show('after flush', () => read().toString());
show('bad flush', () => fs.writeFileSync(file, 'x', { flush: 'yes' }));
show('number data', () => fs.writeFileSync(file, 42));
show('object data', () => fs.writeFileSync(file, { toString() { return 'x'; } }));
show('bad mode', () => fs.writeFileSync(file, 'x', { mode: 'rw' }));
show('bad encoding', () => fs.writeFileSync(file, 'x', 'nope'));
show('into directory', () => fs.writeFileSync(dir, 'x'));
show('missing parent', () => fs.writeFileSync(path.join(dir, 'a', 'b'), 'x'));
show('closed fd', () => fs.writeFileSync(fd, 'x'));

fs.rmSync(dir, { recursive: true });
