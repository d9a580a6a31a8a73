// pipe() backpressure: a fast source into a slow writer pauses on write() false and resumes on 'drain'; with two destinations the source waits for both drains; 'end' reaches the destination after the last chunk.
const { Readable, Writable } = require('stream');

const log = (...a) => console.log(...a);

let produced = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    produced++;
    this.push(produced <= 6 ? `c${produced}` : null);
  },
});
src.on('pause', () => log('src pause'));
src.on('resume', () => log('src resume'));

// Completes after `n` turns of the event loop (deterministic, unlike timers).
function later(n, fn) {
  if (n === 0) fn();
  else setImmediate(() => later(n - 1, fn));
}

function slow(name, delay) {
  return new Writable({
    highWaterMark: 4,
    write(chunk, enc, cb) {
      log(name, 'write', String(chunk), 'length', this.writableLength);
      later(delay, cb);
    },
  }).on('drain', () => log(name, 'drain')).on('finish', () => log(name, 'finish'));
}

src.pipe(slow('A', 2));
src.pipe(slow('B', 5));
src.on('end', () => log('src end'));
