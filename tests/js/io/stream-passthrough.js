// PassThrough: chunks come out unchanged, object mode, backpressure between its two sides (write() false once both buffers are full), and readableHighWaterMark 0.
const { PassThrough } = require('stream');

const log = (...a) => console.log(...a);

const p = new PassThrough();
p.on('data', (c) => log('data', String(c)));
p.on('end', () => log('end'));
p.on('finish', () => log('finish'));
p.on('close', () => log('close'));
p.write('one');
p.write(Buffer.from('two'));
p.end('three');

const o = new PassThrough({ objectMode: true });
o.write({ n: 1 });
o.write([2]);
o.end();
o.on('data', (v) => log('obj', JSON.stringify(v)));

// Nobody reads: the writable side fills after the readable side.
const full = new PassThrough({ highWaterMark: 4 });
const results = [];
for (let i = 0; i < 6; i++) results.push(full.write('ab'));
log('writes', results.join(','), 'readableLength', full.readableLength, 'writableLength', full.writableLength);
full.on('drain', () => log('full drain'));
setTimeout(() => {
  log('reading');
  full.on('data', (c) => log('full data', String(c)));
}, 5);

const zero = new PassThrough({ readableHighWaterMark: 0 });
log('zero hwm', zero.readableHighWaterMark, zero.writableHighWaterMark);
log('zero write ->', zero.write('z'));
