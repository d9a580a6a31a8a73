// The node:stream and node:stream/promises exports: names and their order, the statics (isReadable, isErrored, isDisturbed, getDefaultHighWaterMark/setDefaultHighWaterMark, destroy), prototype chains, and the Readable/Writable/Duplex static methods.
const stream = require('stream');
const streamPromises = require('stream/promises');
const util = require('util');

const log = (...a) => console.log(...a);

log('stream keys', Object.keys(stream).join(','));
log('stream/promises keys', Object.keys(streamPromises).join(','));
log('typeof stream', typeof stream, stream.Stream === stream);
log('Readable statics', ['from', 'fromWeb', 'toWeb', 'wrap'].map((k) => typeof stream.Readable[k]).join(','));
log('Writable statics', ['fromWeb', 'toWeb'].map((k) => typeof stream.Writable[k]).join(','));
log('Duplex statics', ['from', 'fromWeb', 'toWeb'].map((k) => typeof stream.Duplex[k]).join(','));
log('chain', Object.getPrototypeOf(stream.PassThrough.prototype) === stream.Transform.prototype,
  Object.getPrototypeOf(stream.Transform.prototype) === stream.Duplex.prototype,
  Object.getPrototypeOf(stream.Duplex.prototype) === stream.Readable.prototype,
  Object.getPrototypeOf(stream.Writable.prototype) === stream.Stream.prototype);
log('promisify custom', util.promisify(stream.pipeline) === streamPromises.pipeline,
  util.promisify(stream.finished) === streamPromises.finished);
log('ReadableState', typeof stream.Readable.ReadableState, typeof stream.Writable.WritableState);

const r = new stream.Readable({ read() {} });
log('isReadable', stream.isReadable(r), 'isErrored', stream.isErrored(r), 'isDisturbed', stream.isDisturbed(r),
  'isDestroyed', stream.isDestroyed(r), 'isWritable', stream.isWritable(r));
r.push('x');
r.read();
log('after read: isDisturbed', stream.isDisturbed(r));
r.on('error', () => {});
r.destroy(new Error('e'));
log('after destroy: isReadable', stream.isReadable(r), 'isErrored', stream.isErrored(r), 'isDestroyed', stream.isDestroyed(r));
log('non-streams', stream.isReadable({}), stream.isErrored(null), stream.isDisturbed({}));

log('default hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 100);
stream.setDefaultHighWaterMark(true, 3);
log('new defaults', new stream.Readable().readableHighWaterMark, new stream.Writable({ objectMode: true }).writableHighWaterMark);
stream.setDefaultHighWaterMark(false, 16 * 1024);
stream.setDefaultHighWaterMark(true, 16);
try {
  stream.setDefaultHighWaterMark(false, -1);
} catch (e) {
  log(e.name, e.code, e.message);
}

const d = new stream.PassThrough();
d.on('error', (e) => log('destroy() error', e.name, e.code));
d.on('close', () => log('destroy() close'));
stream.destroy(d);
stream.destroy(null);
log('callable without new', stream.Readable() instanceof stream.Readable, stream.PassThrough() instanceof stream.Transform);
log('uint8 helpers', stream._isUint8Array(new Uint8Array(1)), stream._isArrayBufferView(new DataView(new ArrayBuffer(1))),
  Buffer.isBuffer(stream._uint8ArrayToBuffer(new Uint8Array([1]))));
