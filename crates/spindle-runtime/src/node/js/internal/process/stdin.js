// internal/process/stdin (Node: lib/internal/bootstrap/switches/is_main_thread.js getStdin,
// lib/tty.js ReadStream): process.stdin, made on first use — a Readable whose `_read` asks the
// binding for one chunk (binding.read), so a consumer that stops asking stops the reading and
// a paused stdin does not keep the loop alive.
'use strict';

const { Readable } = require('stream');
const { Buffer } = require('buffer');

class ReadStream extends Readable {
  constructor(binding) {
    // Node: a terminal's tty.ReadStream reads with highWaterMark 0 (only on demand, so a
    // paused one reads nothing ahead); a pipe or file reads ahead up to 64 KiB.
    super({ highWaterMark: binding.isTTY ? 0 : 64 * 1024 });
    this._binding = binding;
    this.fd = 0;
    if (binding.isTTY) {
      this.isTTY = true;
      this.isRaw = false;
    }
    // Node (getStdin's onpause): once paused, stop reading one tick later (after the
    // stream's own read-ahead), so that a paused stdin — a closed readline interface —
    // lets the process end.
    this.on('pause', () => process.nextTick(() => {
      if (!this.readableFlowing) {
        this._readableState.reading = false;
        this._binding.setRef(false);
      }
    }));
  }

  // Node: net.Socket tryReadStart — a read request keeps the loop alive again.
  _read() {
    if (!this._unrefed) this._binding.setRef(true);
    this._binding.read((bytes) => {
      if (bytes === null) {
        this.push(null);
      } else {
        this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      }
    });
  }

  unref() {
    this._unrefed = true;
    this._binding.setRef(false);
    return this;
  }

  ref() {
    this._unrefed = false;
    if (!this.isPaused()) this._binding.setRef(true);
    return this;
  }

  // Node: lib/tty.js ReadStream.prototype.setRawMode
  setRawMode(flag) {
    flag = Boolean(flag);
    if (this.isTTY && this._binding.setRawMode(flag)) this.isRaw = flag;
    return this;
  }
}

module.exports = function createStdin(binding) {
  return new ReadStream(binding);
};
