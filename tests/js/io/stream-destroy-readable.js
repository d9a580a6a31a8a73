// Readable.destroy() with and without an error, before any read, while flowing, after 'end', twice, and from inside _read: the error/close order, errored/destroyed/closed, and the _destroy callback.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

function make(name, opts = {}) {
  const r = new Readable({
    read() {},
    destroy(err, cb) {
      log(name, '_destroy', err ? err.message : err);
      cb(err);
    },
    ...opts,
  });
  for (const ev of ['end', 'error', 'close']) {
    r.on(ev, (e) => log(name, 'event', ev, e ? e.message : ''));
  }
  return r;
}

const steps = [
  () => {
    const r = make('fresh');
    r.destroy();
    log('fresh destroyed', r.destroyed, 'closed', r.closed, 'errored', r.errored);
    process.nextTick(() => log('fresh after tick closed', r.closed));
  },
  () => {
    const r = make('err');
    r.destroy(new Error('boom'));
    log('err errored', r.errored && r.errored.message, 'readableAborted', r.readableAborted);
    r.destroy(new Error('second'));
    log('second destroy is a no-op, errored', r.errored.message);
  },
  () => {
    const r = make('flowing');
    r.on('data', (c) => {
      log('flowing data', String(c));
      if (String(c) === 'b') r.destroy();
    });
    r.push('a');
    r.push('b');
    r.push('c');
  },
  () => {
    const r = make('ended');
    r.on('data', () => {});
    r.push('x');
    r.push(null);
    r.on('end', () => {
      log('ended: readableEnded', r.readableEnded, 'destroyed', r.destroyed);
    });
  },
  () => {
    const r = make('inRead', {
      read() {
        log('inRead _read');
        this.destroy(new Error('from _read'));
      },
    });
    r.resume();
  },
  () => {
    const r = make('throwRead', {
      read() {
        throw new Error('thrown in _read');
      },
    });
    r.resume();
  },
  () => {
    const r = make('asyncDestroy', {
      destroy(err, cb) {
        log('asyncDestroy _destroy starts');
        setTimeout(() => {
          log('asyncDestroy _destroy done');
          cb(new Error('late failure'));
        }, 2);
      },
    });
    r.destroy(null, (err) => log('destroy(cb) called with', err && err.message));
  },
  () => {
    const r = make('pushAfterDestroy');
    r.destroy();
    log('push after destroy ->', r.push('x'), 'length', r.readableLength);
  },
];

let i = 0;
function next() {
  if (i < steps.length) {
    log('--- step', i);
    steps[i++]();
    setTimeout(next, 10);
  }
}
next();
