// The state getters through a stream's life: readable, readableEnded, readableAborted, readableDidRead, readableFlowing, readableLength, writable, writableEnded, writableFinished, writableAborted, writableLength, closed, destroyed, errored.
const { Readable, Writable } = require('stream');

const log = (...a) => console.log(...a);

function rstate(label, r) {
  log(label, JSON.stringify({
    readable: r.readable, ended: r.readableEnded, aborted: r.readableAborted, didRead: r.readableDidRead,
    flowing: r.readableFlowing, length: r.readableLength, closed: r.closed, destroyed: r.destroyed,
    errored: r.errored && r.errored.message,
  }));
}

function wstate(label, w) {
  log(label, JSON.stringify({
    writable: w.writable, ended: w.writableEnded, finished: w.writableFinished, aborted: w.writableAborted,
    length: w.writableLength, needDrain: w.writableNeedDrain, corked: w.writableCorked, closed: w.closed,
    destroyed: w.destroyed, errored: w.errored && w.errored.message,
  }));
}

const r = new Readable({ read() {} });
rstate('r new', r);
r.push('abc');
rstate('r pushed', r);
r.on('data', () => {});
rstate('r data listener', r);
r.push(null);
r.on('end', () => rstate('r end', r));
r.on('close', () => rstate('r close', r));

const a = new Readable({ read() {} });
a.on('error', () => {});
a.destroy(new Error('aborted'));
rstate('a destroyed', a);

const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setTimeout(cb, 1); } });
wstate('w new', w);
w.write('abc');
wstate('w written', w);
w.end();
wstate('w ended', w);
w.on('finish', () => wstate('w finish', w));
w.on('close', () => wstate('w close', w));

const x = new Writable({ write(c, e, cb) { cb(); } });
x.on('error', () => {});
x.destroy(new Error('gone'));
wstate('x destroyed', x);

r.readableFlowing = false;
log('readableFlowing set false', r.readableFlowing, r.isPaused());
