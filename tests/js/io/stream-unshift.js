// unshift(): a chunk put back at the front is read first (parsing a header out of a stream), unshift in object mode and with an encoding, and unshift(null) ending the stream.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
r.push('HEAD:body-part-1');
r.push('|body-part-2');
r.push(null);
r.once('readable', () => {
  const all = String(r.read());
  const idx = all.indexOf(':');
  log('header', all.slice(0, idx));
  r.unshift(Buffer.from(all.slice(idx + 1)));
  log('length after unshift', r.readableLength);
  r.on('data', (c) => log('body', String(c)));
  r.on('end', () => log('end'));
});

const o = new Readable({ objectMode: true, read() {} });
o.push(2);
o.push(3);
o.unshift(1);
o.push(null);
o.on('data', (v) => log('obj', v));

const e = new Readable({ encoding: 'utf8', read() {} });
e.push('world');
e.unshift('hello ');
e.unshift('68692c20', 'hex');
e.push(null);
e.on('data', (s) => log('enc', JSON.stringify(s)));

const n = new Readable({ read() {} });
n.push('x');
n.unshift(null);
log('unshift(null) ended', n._readableState.ended);
n.on('data', (c) => log('n data', String(c)));
n.on('end', () => log('n end'));

const ret = new Readable({ highWaterMark: 4, read() {} });
log('unshift returns', ret.unshift('abc'), ret.unshift('defg'), ret.unshift(''));
