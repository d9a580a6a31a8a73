// Readable paused mode: the 'readable' event, read(n) partial and whole reads, read(0), read() at the end, readableLength, and the order of _read calls.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

const chunks = ['hello', 'world', '!!'];
const r = new Readable({
  highWaterMark: 8,
  read(n) {
    log('  _read', n, 'length', this.readableLength);
    const c = chunks.shift();
    this.push(c === undefined ? null : c);
  },
});

let round = 0;
r.on('readable', () => {
  round++;
  log('readable #' + round, 'length', r.readableLength, 'flowing', r.readableFlowing);
  if (round === 1) {
    const a = r.read(3);
    log('read(3)', a && String(a));
    const b = r.read(100);
    log('read(100)', b && String(b));
    log('after reads length', r.readableLength);
  } else {
    let chunk;
    while ((chunk = r.read()) !== null) log('read()', String(chunk), 'length', r.readableLength);
    log('read() -> null');
  }
});
r.on('end', () => log('end'));
r.on('close', () => log('close'));

// read(0) triggers a _read without consuming anything.
const z = new Readable({
  read() {
    log('  z _read');
    this.push('zz');
    this.push(null);
  },
});
log('z.read(0)', z.read(0), 'length', z.readableLength);
z.once('readable', () => {
  log('z readable, length', z.readableLength);
  log('z read', String(z.read()));
  log('z read after end', z.read());
});
z.on('end', () => log('z end'));

// read(n) in object mode returns one object whatever n is.
const o = new Readable({ objectMode: true, read() {} });
o.push({ a: 1 });
o.push({ b: 2 });
o.push(null);
o.once('readable', () => {
  log('o read(5)', JSON.stringify(o.read(5)));
  log('o read()', JSON.stringify(o.read()));
  log('o read() at end', o.read());
});
o.on('end', () => log('o end'));
