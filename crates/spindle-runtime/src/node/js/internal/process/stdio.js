// internal/process/stdio (Node: lib/internal/bootstrap/switches/is_main_thread.js
// createWritableStdioStream, lib/internal/fs/sync_write_stream.js, lib/tty.js): process.stdout
// and process.stderr, made on first use: Writable streams whose writes are synchronous, as
// Node's are for files, pipes and terminals on POSIX, and which never close their descriptor.
'use strict';

const { Writable } = require('stream');
const { Buffer } = require('buffer');

class WriteStream extends Writable {
  constructor(fd, binding) {
    super({ decodeStrings: false });
    this.fd = fd;
    this._binding = binding;
    this._type = 'fs';
    this._isStdio = true;
    if (binding.isTTY(fd)) {
      this.isTTY = true;
      const [columns, rows] = binding.size(fd);
      this.columns = columns;
      this.rows = rows;
    }
  }

  // Node: lib/internal/fs/sync_write_stream.js SyncWriteStream.prototype._write
  _write(chunk, encoding, cb) {
    if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
      chunk = Buffer.from(chunk, encoding);
    }
    this._binding.writeSync(this.fd, chunk);
    cb();
  }

  // Node (is_main_thread.js dummyDestroy): the descriptor stays open and the stream is
  // made new again, so ending stdout (pipeline ends its last stream) or destroying it
  // leaves it writable; 'close' is still emitted so that finished() and pipeline() see
  // the end.
  _destroy(err, cb) {
    cb(err);
    this._undestroy();
    if (!this._writableState.emitClose) {
      process.nextTick(() => {
        this.emit('close');
      });
    }
  }
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
