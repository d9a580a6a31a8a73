// internal/readline/callbacks (Node: lib/internal/readline/callbacks.js): readline's
// cursorTo, moveCursor, clearLine and clearScreenDown, which write ANSI escape sequences to
// a stream and return what stream.write returned (true when nothing had to be written).
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CURSOR_POS,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { CSI } = require('internal/readline/utils');

const {
  kClearLine,
  kClearScreenDown,
  kClearToLineBeginning,
  kClearToLineEnd,
} = CSI;

// Nothing to write: the callback (if any) still runs, on the next tick.
function nothingWritten(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

// Moves the cursor to column x (and row y when given) of `stream`.
// Node: lib/internal/readline/callbacks.js cursorTo
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');

  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }

  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);

  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    return nothingWritten(callback);
  }

  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();

  const data = typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

// Moves the cursor dx columns right (left when negative) and dy rows down (up).
// Node: lib/internal/readline/callbacks.js moveCursor
function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');

  if (stream == null || !(dx || dy)) return nothingWritten(callback);

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
  return stream.write(data, callback);
}

// Clears the cursor's line: dir < 0 left of the cursor, dir > 0 right of it, else all.
// Node: lib/internal/readline/callbacks.js clearLine
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');

  if (stream === null || stream === undefined) return nothingWritten(callback);

  const type = dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine;
  return stream.write(type, callback);
}

// Clears the screen from the cursor down.
// Node: lib/internal/readline/callbacks.js clearScreenDown
function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');

  if (stream === null || stream === undefined) return nothingWritten(callback);

  return stream.write(kClearScreenDown, callback);
}

module.exports = {
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
};
