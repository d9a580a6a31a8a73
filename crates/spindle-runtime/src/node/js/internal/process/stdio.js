// internal/process/stdio (Node: lib/internal/bootstrap/switches/is_main_thread.js
// createWritableStdioStream): process.stdout and process.stderr, made on first use.
// Writes are synchronous, as Node's are for files, pipes and terminals on POSIX; the
// stream classes (node:stream) arrive with the I/O layer, so this is the part of
// Writable a standard stream needs: write, end, the events, isTTY and the size.
'use strict';

const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

const encodings = ['utf8', 'utf-8', 'ascii', 'latin1', 'binary', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'base64', 'base64url', 'hex'];

class WriteStream extends EventEmitter {
  constructor(fd, binding) {
    super();
    this.fd = fd;
    this._binding = binding;
    this._isStdio = true;
    this.writable = true;
    this.writableEnded = false;
    this.writableFinished = false;
    this.destroyed = false;
    if (binding.isTTY(fd)) {
      this.isTTY = true;
      const [columns, rows] = binding.size(fd);
      this.columns = columns;
      this.rows = rows;
    }
  }

  // Node: lib/internal/streams/writable.js Writable.prototype.write
  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
    if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    if (encoding !== undefined && encoding !== null && typeof chunk === 'string' &&
        !encodings.includes(String(encoding).toLowerCase())) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (this.writableEnded) {
      const err = new ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        this.emit('error', err);
      });
      return false;
    }
    this._binding.writeSync(this.fd, chunk);
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (!this.writableEnded) {
      this.writableEnded = true;
      // The standard streams are never closed (Node keeps the descriptors open).
      process.nextTick(() => {
        this.writableFinished = true;
        this.emit('finish');
        if (typeof cb === 'function') cb();
      });
    }
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }
  destroy(err) {
    this.destroyed = true;
    if (err) process.nextTick(() => this.emit('error', err));
    return this;
  }

  get writableLength() { return 0; }
  get writableHighWaterMark() { return 16384; }
  get writableNeedDrain() { return false; }
  get writableObjectMode() { return false; }
  get writableCorked() { return 0; }

}

// A standard stream on a terminal: Node's tty.WriteStream adds the colour and size queries
// (a redirected stream has none of them).
class TTYWriteStream extends WriteStream {
  // Node: lib/tty.js WriteStream.prototype.getColorDepth / hasColors
  getColorDepth(env) { return require('internal/tty').getColorDepth(env); }
  hasColors(count, env) { return require('internal/tty').hasColors(count, env); }
  getWindowSize() { return [this.columns, this.rows]; }
}

module.exports = function createWritableStdioStream(fd, binding) {
  return binding.isTTY(fd) ? new TTYWriteStream(fd, binding) : new WriteStream(fd, binding);
};
