// The legacy Stream class and old-style streams: Stream is an EventEmitter whose pipe() moves 'data' into write() with pause on false and resume on 'drain', Readable.prototype.wrap() adopts an old-style emitter as a Readable, and eventNames() lists only events with listeners.
const Stream = require('stream');
const { EventEmitter } = require('events');
const { Readable, Writable } = Stream;

const log = (...a) => console.log(...a);

log('Stream is EventEmitter', new Stream() instanceof EventEmitter, Stream.Stream === Stream);
log('Readable inherits Stream', new Readable() instanceof Stream, Object.getPrototypeOf(Readable) === Stream);

const old = new Stream();
old.readable = true;
old.pause = () => log('old paused');
old.resume = () => log('old resumed');
const slow = new Writable({
  highWaterMark: 1,
  write(chunk, enc, cb) {
    log('slow got', String(chunk));
    setTimeout(cb, 2);
  },
});
slow.on('finish', () => log('slow finish'));
old.pipe(slow);
old.emit('data', 'a');
old.emit('data', 'b');
setTimeout(() => old.emit('end'), 15);

setTimeout(() => {
  const legacy = new EventEmitter();
  legacy.pause = () => log('legacy pause');
  legacy.resume = () => log('legacy resume');
  const r = new Readable({ highWaterMark: 2 }).wrap(legacy);
  r.on('data', (c) => log('wrapped data', String(c)));
  r.on('end', () => log('wrapped end'));
  r.on('close', () => log('wrapped close'));
  legacy.emit('data', Buffer.from('x'));
  legacy.emit('data', Buffer.from('yz'));
  legacy.emit('end');
}, 30);

setTimeout(() => {
  const r = new Readable({ read() {} });
  log('eventNames fresh', r.eventNames());
  r.on('data', () => {});
  r.on('custom', () => {});
  log('eventNames', r.eventNames());
}, 50);
