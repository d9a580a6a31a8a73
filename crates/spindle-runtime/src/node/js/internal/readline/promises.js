// internal/readline/promises (Node: lib/internal/readline/promises.js): the Readline class
// of node:readline/promises, which queues cursor/clear escape sequences for a writable
// stream and sends them with commit() (or each on the next tick with autoCommit).
'use strict';

const { CSI } = require('internal/readline/utils');
const { validateBoolean, validateInteger } = require('internal/validators');
const { isWritable } = require('internal/streams/utils');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const {
  kClearToLineBeginning,
  kClearToLineEnd,
  kClearLine,
  kClearScreenDown,
} = CSI;

// Node: lib/internal/readline/promises.js Readline
class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (!isWritable(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  // Writes `data` on the next tick (autoCommit) or queues it for commit().
  #add(data) {
    if (this.#autoCommit) {
      process.nextTick(() => this.#stream.write(data));
    } else {
      this.#todo.push(data);
    }
  }

  // Moves the cursor to column x (and row y when given).
  // Node: lib/internal/readline/promises.js Readline.prototype.cursorTo
  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#add(y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`);
    return this;
  }

  // Moves the cursor dx columns and dy rows from where it is.
  // Node: lib/internal/readline/promises.js Readline.prototype.moveCursor
  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');

      let data = '';
      if (dx < 0) {
        data += CSI`${-dx}D`;
      } else if (dx > 0) {
        data += CSI`${dx}C`;
      }
      if (dy < 0) {
        data += CSI`${-dy}A`;
      } else if (dy > 0) {
        data += CSI`${dy}B`;
      }
      this.#add(data);
    }
    return this;
  }

  // Clears the line: -1 left of the cursor, 1 right of it, 0 all of it.
  // Node: lib/internal/readline/promises.js Readline.prototype.clearLine
  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    this.#add(dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine);
    return this;
  }

  // Clears the screen from the cursor down.
  // Node: lib/internal/readline/promises.js Readline.prototype.clearScreenDown
  clearScreenDown() {
    this.#add(kClearScreenDown);
    return this;
  }

  // Writes every queued action at once; resolves when the write's callback runs.
  // Node: lib/internal/readline/promises.js Readline.prototype.commit
  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  // Forgets the queued actions.
  // Node: lib/internal/readline/promises.js Readline.prototype.rollback
  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = {
  Readline,
};
