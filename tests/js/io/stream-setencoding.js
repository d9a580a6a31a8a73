// setEncoding and the encoding option: multi-byte UTF-8 characters split across chunks are decoded whole, buffered bytes are converted when setEncoding is called late, and hex/base64/latin1 decoding of streamed bytes.
const { Readable, PassThrough } = require('stream');

const log = (...a) => console.log(...a);

const euro = Buffer.from('€'); // e2 82 ac
const smile = Buffer.from('😀'); // f0 9f 98 80
const parts = [
  Buffer.from('a'), euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2),
  smile.subarray(0, 3), smile.subarray(3), Buffer.from('z'),
];

const r = new Readable({ read() {} });
r.setEncoding('utf8');
log('readableEncoding', r.readableEncoding);
r.on('data', (s) => log('data', typeof s, JSON.stringify(s), s.length));
r.on('end', () => log('end'));
for (const p of parts) r.push(p);
r.push(null);

// encoding option, with a trailing incomplete character flushed at the end.
const e = new Readable({ encoding: 'utf8', read() {} });
e.on('data', (s) => log('opt data', JSON.stringify(s)));
e.on('end', () => log('opt end'));
e.push(Buffer.from([0x68, 0x69, 0xe2, 0x82]));
e.push(null);

// setEncoding after data is buffered converts what is there.
const late = new Readable({ read() {} });
late.push(euro.subarray(0, 2));
late.push(Buffer.from('!'));
log('late length before', late.readableLength);
late.setEncoding('utf8');
log('late length after', late.readableLength);
late.push(euro.subarray(2));
late.push(null);
late.on('data', (s) => log('late data', JSON.stringify(s)));

for (const enc of ['hex', 'base64', 'latin1', 'utf16le']) {
  const pt = new PassThrough();
  pt.setEncoding(enc);
  let out = [];
  pt.on('data', (s) => out.push(s));
  pt.on('end', () => log(enc, JSON.stringify(out)));
  pt.write(Buffer.from([0xff, 0x41, 0x42]));
  pt.write(Buffer.from([0x43, 0xe9]));
  pt.end(Buffer.from([0x00]));
}

// A string pushed with an encoding is decoded to bytes first.
const s = new Readable({ read() {} });
s.push('68656c6c6f', 'hex');
s.push(null);
s.on('data', (b) => log('hex push ->', String(b)));

// read(n) with an encoding counts characters.
const c = new Readable({ encoding: 'utf8', read() {} });
c.push(Buffer.from('héllo wörld'));
c.push(null);
c.once('readable', () => {
  log('read(3)', JSON.stringify(c.read(3)));
  log('read(4)', JSON.stringify(c.read(4)));
  log('rest', JSON.stringify(c.read()));
});
