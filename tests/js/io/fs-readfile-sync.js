// fs.readFileSync: encodings, flags, fds, URLs and Buffers as paths, and its errors
const fs = require('fs');
const path = require('path');
const os = require('os');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, clean(`${e.name} ${e.code} ${e.message}`));
  }
};

const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'héllo wörld\n');

show('buffer', () => fs.readFileSync(file));
show('utf8', () => fs.readFileSync(file, 'utf8'));
show('utf-8 option', () => fs.readFileSync(file, { encoding: 'utf-8' }));
show('hex', () => fs.readFileSync(file, 'hex'));
show('base64', () => fs.readFileSync(file, { encoding: 'base64' }));
show('base64url', () => fs.readFileSync(file, 'base64url'));
show('latin1', () => fs.readFileSync(file, 'latin1'));
show('ascii', () => fs.readFileSync(file, 'ascii'));
show('ucs2 length', () => fs.readFileSync(file, 'ucs2').length);
show('null options', () => fs.readFileSync(file, null).length);
show('flag r+', () => fs.readFileSync(file, { encoding: 'utf8', flag: 'r+' }));
show('flag a+', () => fs.readFileSync(file, { encoding: 'utf8', flag: 'a+' }));
show('URL', () => fs.readFileSync(pathToFileURL(file), 'utf8'));
show('Buffer path', () => fs.readFileSync(Buffer.from(file), 'utf8'));
show('Buffer instance', () => Buffer.isBuffer(fs.readFileSync(file)));

// An empty file and a bigger one.
const empty = path.join(dir, 'empty');
fs.writeFileSync(empty, '');
show('empty buffer', () => fs.readFileSync(empty));
show('empty utf8', () => fs.readFileSync(empty, 'utf8'));
const big = path.join(dir, 'big');
fs.writeFileSync(big, 'x'.repeat(200000));
show('big length', () => fs.readFileSync(big).length);
show('big utf8 length', () => fs.readFileSync(big, 'utf8').length);

// Invalid UTF-8 is replaced.
const bad = path.join(dir, 'bad');
fs.writeFileSync(bad, Buffer.from([0x61, 0xff, 0x62, 0xc3]));
show('replacement', () => fs.readFileSync(bad, 'utf8'));

// From an fd: reads from the current position, leaves the fd open.
const fd = fs.openSync(file, 'r');
const head = Buffer.alloc(3);
fs.readSync(fd, head, 0, 3, null);
show('fd rest', () => fs.readFileSync(fd, 'utf8'));
show('fd at end', () => fs.readFileSync(fd, 'utf8'));
fs.closeSync(fd);
show('closed fd', () => fs.readFileSync(fd));

// Errors.
show('missing', () => fs.readFileSync(path.join(dir, 'nope')));
show('missing utf8', () => fs.readFileSync(path.join(dir, 'nope'), 'utf8'));
show('directory', () => fs.readFileSync(dir));
show('directory utf8', () => fs.readFileSync(dir, 'utf8'));
show('bad encoding', () => fs.readFileSync(file, 'nope'));
show('bad flag', () => fs.readFileSync(file, { flag: 'q' }));
show('bad options', () => fs.readFileSync(file, 42));
show('bad path', () => fs.readFileSync({}));
show('null byte', () => fs.readFileSync('a\0b'));
show('http URL', () => fs.readFileSync(new URL('http://example.com/x')));
show('wx flag', () => fs.readFileSync(file, { flag: 'wx' }));

fs.rmSync(dir, { recursive: true });
console.log('removed', fs.existsSync(dir));
