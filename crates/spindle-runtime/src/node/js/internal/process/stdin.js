// internal/process/stdin (Node: lib/internal/bootstrap/switches/is_main_thread.js getStdin,
// lib/tty.js ReadStream): process.stdin, made on first use — a Readable whose `_read` asks the
// binding for one chunk (binding.read), so a consumer that stops asking stops the reading and
// a paused stdin does not keep the loop alive.
'use strict';

const { Readable } = require('stream');
const { Buffer } = require('buffer');

class ReadStream extends Readable {
  constructor(binding) {
    super({ highWaterMark: 64 * 1024 });
    this._binding = binding;
    this.fd = 0;
    if (binding.isTTY) {
      this.isTTY = true;
      this.isRaw = false;
    }
  }

  _read() {
    this._binding.read((bytes) => {
      if (bytes === null) {
        this.push(null);
      } else {
        this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      }
    });
  }

  unref() { return this; }
  ref() { return this; }

  // Node: lib/tty.js ReadStream.prototype.setRawMode (the line discipline stays the
  // terminal's: Spindle's REPL does its own editing).
  setRawMode(flag) {
    if (this.isTTY) this.isRaw = Boolean(flag);
    return this;
  }
}

module.exports = function createStdin(binding) {
  return new ReadStream(binding);
};
