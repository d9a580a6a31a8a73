// internal/process/stdin (Node: lib/internal/bootstrap/switches/is_main_thread.js getStdin,
// lib/internal/streams/readable.js): process.stdin as a readable stream, made on first use.
// The part of Readable a standard input needs until node:stream exists: paused and flowing
// modes ('data', 'end', pause/resume, setEncoding, read), and the async iterator that
// `for await (const chunk of process.stdin)` uses. Each chunk is read on request
// (binding.read), so a consumer that stops asking stops the reading.
'use strict';

const EventEmitter = require('events');

// A chunk: bytes whose toString() decodes them (Node hands out Buffers; this is the part
// of Buffer a chunk of text needs until Buffer itself exists).
class StdinChunk extends Uint8Array {
  toString(encoding = 'utf8') {
    return new TextDecoder(encoding === 'utf8' || encoding === 'utf-8' ? 'utf-8' : encoding).decode(this);
  }
}

class ReadStream extends EventEmitter {
  constructor(binding) {
    super();
    this._binding = binding;
    this.fd = 0;
    if (binding.isTTY) this.isTTY = true;
    this.readable = true;
    this.readableEnded = false;
    this.readableFlowing = null;
    this._decoder = null;
    this._encoding = null;
    this._reading = false;
    this._buffered = [];
    this._ended = false;
    // A 'data' listener starts the flowing mode (Node: Readable.prototype.on).
    this.on('newListener', (event) => {
      if (event === 'data' && this.readableFlowing !== false) process.nextTick(() => this.resume());
      if (event === 'readable' || event === 'end') this._pull();
    });
  }

  setEncoding(encoding = 'utf8') {
    const { StringDecoder } = require('string_decoder');
    this._decoder = new StringDecoder(encoding);
    this._encoding = this._decoder.encoding;
    return this;
  }

  _convert(bytes) {
    const chunk = new StdinChunk(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return this._decoder ? this._decoder.write(chunk) : chunk;
  }

  // Asks the binding for one chunk unless a request is in flight.
  _pull() {
    if (this._reading || this._ended) return;
    this._reading = true;
    this._binding.read((bytes) => {
      this._reading = false;
      if (bytes === null) {
        this._ended = true;
        if (this._decoder) {
          const rest = this._decoder.end();
          if (rest) this._buffered.push(rest);
        }
      } else {
        const chunk = this._convert(bytes);
        if (chunk.length > 0) this._buffered.push(chunk);
      }
      this._flow();
      this.emit('readable');
    });
  }

  _flow() {
    while (this.readableFlowing && this._buffered.length > 0) this.emit('data', this._buffered.shift());
    if (this._ended && this._buffered.length === 0 && !this.readableEnded) {
      this.readableEnded = true;
      this.readable = false;
      process.nextTick(() => {
        this.emit('end');
        this.emit('close');
      });
      return;
    }
    if (this.readableFlowing) this._pull();
  }

  // Node: Readable.prototype.read — a buffered chunk, or null (and a read is started).
  read() {
    if (this._buffered.length > 0) return this._buffered.shift();
    this._pull();
    return null;
  }

  resume() {
    this.readableFlowing = true;
    this._flow();
    return this;
  }

  pause() {
    this.readableFlowing = false;
    return this;
  }

  isPaused() {
    return this.readableFlowing === false;
  }

  unref() { return this; }
  ref() { return this; }
  setRawMode() { return this; }

  destroy() {
    this.readable = false;
    this._ended = true;
    return this;
  }

  // Node: Readable.prototype[Symbol.asyncIterator] — one chunk per step, read on demand.
  async *[Symbol.asyncIterator]() {
    this.readableFlowing = false;
    while (true) {
      if (this._buffered.length > 0) {
        yield this._buffered.shift();
        continue;
      }
      if (this._ended) {
        if (!this.readableEnded) {
          this.readableEnded = true;
          this.readable = false;
        }
        return;
      }
      await new Promise((resolve) => {
        this.once('readable', resolve);
        this._pull();
      });
    }
  }
}

module.exports = function createStdin(binding) {
  return new ReadStream(binding);
};
