// Bad input to Buffer, fs, zlib and crypto: each gives Node's error (huge sizes, unknown encodings, negative and huge offsets and descriptors, closed descriptors and FileHandles, a NUL in a path) and a file removed during a stream read still reads to its end.
const fs = require('fs');
const t = (what, f) => { try { const r = f(); console.log(what, 'ok', typeof r === 'object' && r ? (r.length ?? '') : r); } catch (e) { console.log(what, e.name, e.code, e.message.slice(0, 90)); } };
t('alloc huge', () => Buffer.alloc(2 ** 33));
t('alloc neg', () => Buffer.alloc(-1));
t('from bad enc', () => Buffer.from('x', 'nope'));
t('toString bad enc', () => Buffer.from('x').toString('nope'));
t('read neg offset', () => fs.readSync(0, Buffer.alloc(4), -1, 2, 0));
t('read huge length', () => fs.readSync(0, Buffer.alloc(4), 0, 2 ** 40, 0));
t('readSync closed', () => { const fd = fs.openSync(__filename); fs.closeSync(fd); return fs.readSync(fd, Buffer.alloc(4)); });
t('write closed', () => { const fd = fs.openSync(require('path').join(require('os').tmpdir(), 'spindle-bad-input-w'), 'w'); fs.closeSync(fd); return fs.writeSync(fd, 'x'); });
fs.rmSync(require('path').join(require('os').tmpdir(), 'spindle-bad-input-w'), { force: true });
t('readFile huge fd', () => fs.readFileSync(2 ** 31));
t('readFile neg fd', () => fs.readFileSync(-5));
t('open nul', () => fs.openSync('a\0b'));
t('writeFile dir', () => fs.writeFileSync('/tmp', 'x'));
t('mkdtemp bad', () => fs.mkdtempSync('/nonexistent/dir/x'));
t('createReadStream start>end', () => fs.createReadStream(__filename, { start: 10, end: 5 }));
t('zlib garbage', () => require('zlib').inflateSync(Buffer.from([1,2,3,4,5,6,7,8])));
t('hash bad', () => require('crypto').createHash('sha256').update(5));
t('utf8 lone', () => Buffer.from('\ud800').toString('hex'));
t('readUInt32 oob', () => Buffer.alloc(2).readUInt32LE(0));
t('copy neg', () => Buffer.alloc(2).copy(Buffer.alloc(2), -1));
(async () => {
  const fh = await fs.promises.open(__filename);
  await fh.close();
  try { await fh.read(Buffer.alloc(4), 0, 4, 0); } catch (e) { console.log('fh read after close', e.code, e.message); }
  const p = require('path').join(require('os').tmpdir(), 'spindle-bad-input-removed');
  fs.writeFileSync(p, 'x'.repeat(1 << 20));
  const rs = fs.createReadStream(p); let n = 0;
  rs.on('data', (c) => { if (n === 0) fs.unlinkSync(p); n += c.length; });
  rs.on('end', () => console.log('removed during read: got', n));
})();
