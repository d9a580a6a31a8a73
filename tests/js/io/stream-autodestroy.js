// autoDestroy and emitClose: with autoDestroy false nothing is destroyed after 'end'/'finish' or on error (the error is emitted once, close is not); with emitClose false destroy() emits no 'close'.
const { Readable, Writable, Duplex } = require('stream');

const log = (...a) => console.log(...a);

function watch(name, s) {
  for (const ev of ['end', 'finish', 'error', 'close']) {
    s.on(ev, (e) => log(name, ev, e ? e.message : '', 'destroyed', s.destroyed));
  }
  return s;
}

const r = watch('r(noAutoDestroy)', new Readable({ autoDestroy: false, read() {} }));
r.resume();
r.push('x');
r.push(null);

const w = watch('w(noAutoDestroy)', new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } }));
w.end('x');

const we = watch('we(noAutoDestroy,error)', new Writable({
  autoDestroy: false,
  write(c, e, cb) { cb(new Error('write failed')); },
}));
we.write('x');

const nc = watch('nc(emitClose:false)', new Readable({ emitClose: false, read() {} }));
nc.destroy();

const d = watch('d(duplex)', new Duplex({ read() {}, write(c, e, cb) { cb(); } }));
d.resume();
d.push(null);
setTimeout(() => {
  log('d after end, destroyed', d.destroyed, '(waits for writable side)');
  d.end();
}, 10);

setTimeout(() => {
  log('r destroyed later', r.destroyed, 'w destroyed', w.destroyed, 'we errored', we.errored && we.errored.message);
  log('we write after error ->', we.write('y', (err) => log('we cb', err && err.message)));
  r.destroy();
}, 20);
