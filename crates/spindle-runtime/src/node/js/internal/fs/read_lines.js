// internal/fs/read_lines: the line reader behind filehandle.readLines(). Node returns a
// readline.Interface over filehandle.createReadStream() with crlfDelay Infinity; this is
// that Interface's non-terminal part (Node: lib/internal/readline/interface.js): 'line'
// events ("\n", "\r\n" and a lone "\r" end a line; a "\r" at the end of a chunk swallows a
// "\n" starting the next one), the unterminated rest as a last line at 'end', then
// 'close'; pause/resume/close; and async iteration over the lines.
'use strict';

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');

const lineEnding = /\r?\n|\r(?!\n)/g;
const kHighWaterMark = 1024;

class Interface extends EventEmitter {
  constructor({ input, crlfDelay = Infinity } = {}) {
    super();
    this.input = input;
    this.terminal = false;
    this.crlfDelay = crlfDelay;
    this.closed = false;
    this.paused = false;
    this.line = '';
    this.lineBuffer = null;
    this.sawReturn = false;
    this.decoder = new StringDecoder('utf8');

    this.onData = (data) => this.normalWrite(data);
    this.onEnd = () => {
      if (typeof this.lineBuffer === 'string' && this.lineBuffer.length > 0) {
        this.emit('line', this.lineBuffer);
      }
      this.close();
    };
    this.onError = (err) => this.emit('error', err);
    input.on('error', this.onError);
    input.on('data', this.onData);
    input.on('end', this.onEnd);
    this.once('close', () => {
      input.removeListener('data', this.onData);
      input.removeListener('end', this.onEnd);
      input.removeListener('error', this.onError);
    });
    input.resume();
  }

  // Node: lib/internal/readline/interface.js [kNormalWrite]
  normalWrite(b) {
    if (b === undefined) return;
    let string = typeof b === 'string' ? b : this.decoder.write(b);
    if (this.sawReturn) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this.sawReturn = false;
    }
    lineEnding.lastIndex = 0;
    let match = lineEnding.exec(string);
    if (match !== null) {
      if (this.lineBuffer) {
        string = this.lineBuffer + string;
        this.lineBuffer = null;
        lineEnding.lastIndex = 0;
        match = lineEnding.exec(string);
      }
      this.sawReturn = string.endsWith('\r');
      const indexes = [0, match.index, lineEnding.lastIndex];
      let nextMatch;
      while ((nextMatch = lineEnding.exec(string)) !== null) {
        indexes.push(nextMatch.index, lineEnding.lastIndex);
      }
      const lastIndex = indexes.length - 1;
      this.lineBuffer = string.slice(indexes[lastIndex]);
      for (let i = 1; i < lastIndex; i += 2) {
        this.emit('line', string.slice(indexes[i - 1], indexes[i]));
      }
    } else if (string) {
      this.lineBuffer = this.lineBuffer ? this.lineBuffer + string : string;
    }
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  // Node: lib/internal/readline/interface.js [SymbolAsyncIterator] (events.on over 'line',
  // ended by 'close', pausing the input while 1024 lines wait)
  [Symbol.asyncIterator]() {
    if (this.iterator !== undefined) return this.iterator;
    const queue = [];
    let pending = null;
    let finished = false;
    let failure = null;
    const settle = () => {
      if (pending === null) return;
      const { resolve, reject } = pending;
      if (queue.length > 0) {
        pending = null;
        resolve({ value: queue.shift(), done: false });
        if (queue.length < kHighWaterMark && !this.closed) this.resume();
      } else if (failure !== null) {
        pending = null;
        const err = failure;
        failure = null;
        finished = true;
        reject(err);
      } else if (finished) {
        pending = null;
        resolve({ value: undefined, done: true });
      }
    };
    const onLine = (line) => {
      queue.push(line);
      if (queue.length >= kHighWaterMark) this.pause();
      settle();
    };
    const cleanup = () => {
      this.removeListener('line', onLine);
      this.removeListener('close', onClose);
      this.removeListener('error', onError);
    };
    const onClose = () => {
      finished = true;
      cleanup();
      settle();
    };
    const onError = (err) => {
      failure = err;
      cleanup();
      settle();
    };
    this.on('line', onLine);
    this.on('close', onClose);
    this.on('error', onError);
    const iterator = {
      next: () => new Promise((resolve, reject) => {
        if (queue.length === 0 && finished && failure === null) {
          resolve({ value: undefined, done: true });
          return;
        }
        pending = { resolve, reject };
        settle();
      }),
      return: () => {
        finished = true;
        queue.length = 0;
        cleanup();
        this.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (err) => {
        finished = true;
        cleanup();
        this.close();
        return Promise.reject(err);
      },
      [Symbol.asyncIterator]() { return this; },
    };
    this.iterator = iterator;
    return iterator;
  }
}

module.exports = { Interface };
