// Duplex: independent readable and writable sides, per-side options (readableObjectMode, writableHighWaterMark), allowHalfOpen false ending the writable side after 'end', and readable:false / writable:false.
const { Duplex, Readable, Writable } = require('stream');

const log = (...a) => console.log(...a);

const d = new Duplex({
  readableObjectMode: true,
  writableHighWaterMark: 3,
  read() {},
  write(chunk, enc, cb) {
    log('  _write', String(chunk));
    this.push({ echo: String(chunk) });
    cb();
  },
  final(cb) {
    log('  _final');
    this.push(null);
    cb();
  },
});
log('instanceof', d instanceof Duplex, d instanceof Readable, d instanceof Writable);
log('modes', d.readableObjectMode, d.writableObjectMode, 'hwm', d.readableHighWaterMark, d.writableHighWaterMark);
log('allowHalfOpen', d.allowHalfOpen);
for (const ev of ['finish', 'end', 'close']) d.on(ev, () => log('event', ev));
d.on('data', (v) => log('data', JSON.stringify(v)));
log('write ->', d.write('hey'));
log('write ->', d.write('you'));
d.end();

setTimeout(() => {
  const h = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { cb(); },
  });
  for (const ev of ['finish', 'end', 'close']) h.on(ev, () => log('half event', ev, 'writableEnded', h.writableEnded));
  h.resume();
  h.push('x');
  h.push(null);
}, 10);

setTimeout(() => {
  const ro = new Duplex({ writable: false, read() { this.push(null); } });
  log('writable:false ->', ro.writable, ro.writableEnded, ro.writableFinished);
  ro.on('end', () => log('ro end'));
  ro.on('close', () => log('ro close'));
  ro.resume();
  const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  log('readable:false ->', wo.readable, wo.readableEnded);
  wo.on('finish', () => log('wo finish'));
  wo.on('close', () => log('wo close'));
  wo.end('x');
}, 20);

setTimeout(() => {
  // Plain Writable checks are satisfied by a Duplex (Symbol.hasInstance).
  const plain = new Readable({ read() {} });
  log('Readable instanceof Writable', plain instanceof Writable);
  log('duck', ({ _writableState: new Writable()._writableState }) instanceof Writable);
}, 30);
