// internal/readline/emitKeypressEvents (Node: lib/internal/readline/emitKeypressEvents.js):
// makes a readable stream emit 'keypress' (sequence, key) events for its data, parsed by
// the emitKeys generator, while anyone listens for them.
'use strict';

const {
  charLengthAt,
  CSI,
  emitKeys,
} = require('internal/readline/utils');
const { kSawKeyPress } = require('internal/readline/interface');
const { StringDecoder } = require('string_decoder');

const { kEscape } = CSI;

const KEYPRESS_DECODER = Symbol('keypress-decoder');
const ESCAPE_DECODER = Symbol('escape-decoder');

// GNU readline's keyseq-timeout: a lone ESC becomes the 'escape' key after this long.
const ESCAPE_CODE_TIMEOUT = 500;

// A fresh keypress parser for `stream`, started (waiting for its first character).
function startKeyParser(stream) {
  const parser = emitKeys(stream);
  parser.next();
  return parser;
}

// Node: lib/internal/readline/emitKeypressEvents.js emitKeypressEvents
function emitKeypressEvents(stream, iface = {}) {
  if (stream[KEYPRESS_DECODER]) return;

  stream[KEYPRESS_DECODER] = new StringDecoder('utf8');
  stream[ESCAPE_DECODER] = startKeyParser(stream);

  const triggerEscape = () => stream[ESCAPE_DECODER].next('');
  const { escapeCodeTimeout = ESCAPE_CODE_TIMEOUT } = iface;
  let timeoutId;

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const string = stream[KEYPRESS_DECODER].write(input);
      if (string) feed(string);
    } else {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }

  // Feeds the decoded characters to the parser one by one (a surrogate pair is one).
  function feed(string) {
    clearTimeout(timeoutId);

    // A single character (one or two UTF-16 units) counts as a key press, not a paste.
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;

    let length = 0;
    for (const character of string) {
      length += character.length;
      if (length === string.length) iface.isCompletionEnabled = true;

      try {
        stream[ESCAPE_DECODER].next(character);
        // An ESC at the very end may be a lone Escape key: decide after the timeout.
        if (length === string.length && character === kEscape) {
          timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
        }
      } catch (err) {
        // A 'keypress' listener threw inside the generator, which is now finished.
        stream[ESCAPE_DECODER] = startKeyParser(stream);
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) {
    stream.on('data', onData);
  } else {
    stream.on('newListener', onNewListener);
  }
}

module.exports = emitKeypressEvents;
