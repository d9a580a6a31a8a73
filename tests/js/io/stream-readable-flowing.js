// Readable flowing mode: 'data' starts the flow on the next tick, pause()/resume() emit 'pause'/'resume', readableFlowing and isPaused() track the mode, and 'end' then 'close' follow the last chunk.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

function source(chunks) {
  let i = 0;
  return new Readable({
    read() {
      log('  _read', i);
      if (i < chunks.length) this.push(chunks[i++]);
      else this.push(null);
    },
  });
}

const r = source(['a', 'b', 'c', 'd']);
log('initial flowing', r.readableFlowing, 'paused', r.isPaused());
r.on('resume', () => log('event resume'));
r.on('pause', () => log('event pause'));
r.on('data', (chunk) => {
  log('data', String(chunk), 'flowing', r.readableFlowing);
  if (String(chunk) === 'b') {
    r.pause();
    log('paused after b', r.isPaused(), r.readableFlowing);
    setTimeout(() => {
      log('resuming');
      r.resume();
    }, 5);
  }
});
r.on('end', () => log('end', r.readableEnded));
r.on('close', () => log('close', r.destroyed));
log('after on(data) flowing', r.readableFlowing);
process.nextTick(() => log('nextTick after setup'));
Promise.resolve().then(() => log('microtask after setup'));

// A stream paused before any listener stays paused.
const p = source(['x', 'y']);
p.pause();
p.on('data', (c) => log('p data', String(c)));
log('p flowing', p.readableFlowing, 'isPaused', p.isPaused());
setTimeout(() => {
  log('p resume');
  p.resume();
  p.on('end', () => log('p end'));
}, 20);

// resume() without a data listener discards the data but still ends.
const q = source(['1', '2']);
q.on('end', () => log('q end (resumed without data listener)'));
q.resume();
