// node:readline (Node: lib/readline.js): createInterface / Interface (the callback API,
// callable without `new`, with the underscore-named methods older code uses), the cursor
// helpers, emitKeypressEvents, and `promises` (node:readline/promises).
'use strict';

const {
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
} = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const promises = require('readline/promises');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { addAbortListener } = require('events');

const {
  Interface: _Interface,
  InterfaceConstructor,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLine_buffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
} = require('internal/readline/interface');

const kEmptyObject = Object.freeze({ __proto__: null });
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

let inspectFn;
function inspect(value) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value);
}

// The legacy Interface: a function (works without `new`) whose completer takes a callback;
// a synchronous completer (not of arity 2) is wrapped into one.
// Node: lib/readline.js Interface
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) {
    return new Interface(input, output, completer, terminal);
  }

  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const { completer } = input;
    input.completer = (v, cb) => cb(null, completer(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const realCompleter = completer;
    completer = (v, cb) => cb(null, realCompleter(v));
  }

  InterfaceConstructor.call(this, input, output, completer, terminal);

  if (process.env.TERM === 'dumb') {
    this._ttyWrite = _ttyWriteDumb.bind(this);
  }
}

Object.setPrototypeOf(Interface.prototype, _Interface.prototype);
Object.setPrototypeOf(Interface, _Interface);

// rl.question(query[, { signal }], cb): writes `query` and gives the next line to `cb`.
// An already aborted signal does nothing; an abort later cancels the question.
// Node: lib/readline.js Interface.prototype.question
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kEmptyObject;

  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;

    const onAbort = () => {
      this[kQuestionCancel]();
    };
    const disposable = addAbortListener(options.signal, onAbort);
    const originalCb = cb;
    cb = typeof cb === 'function' ? (answer) => {
      disposable[SymbolDispose]();
      return originalCb(answer);
    } : disposable[SymbolDispose];
  }

  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question): a promise of the answer, rejected with an AbortError when
// the signal aborts.
// Node: lib/readline.js Interface.prototype.question[promisify.custom]
Interface.prototype.question[kCustomPromisify] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = kEmptyObject;

  if (options.signal && options.signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: options.signal.reason }));
  }

  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (options.signal) {
      const onAbort = () => {
        reject(new AbortError(undefined, { cause: options.signal.reason }));
      };
      const disposable = addAbortListener(options.signal, onAbort);
      cb = (answer) => {
        disposable[SymbolDispose]();
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

// Node: lib/readline.js createInterface
function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// The internal symbol-named methods are read through their old underscore names, so code
// that overrides `_writeToOutput` & co. is still called.
function redirect(name) {
  return {
    __proto__: null,
    get() {
      return this[name];
    },
  };
}

// Old underscore-named instance properties, proxied to the symbol-keyed state.
function proxy(symbol) {
  return {
    __proto__: null,
    get() {
      return this[symbol];
    },
    set(value) {
      this[symbol] = value;
    },
  };
}

Object.defineProperties(Interface.prototype, {
  [kSetRawMode]: redirect('_setRawMode'),
  [kOnLine]: redirect('_onLine'),
  [kWriteToOutput]: redirect('_writeToOutput'),
  [kAddHistory]: redirect('_addHistory'),
  [kRefreshLine]: redirect('_refreshLine'),
  [kNormalWrite]: redirect('_normalWrite'),
  [kInsertString]: redirect('_insertString'),
  [kTabComplete]: redirect('_tabComplete'),
  [kWordLeft]: redirect('_wordLeft'),
  [kWordRight]: redirect('_wordRight'),
  [kDeleteLeft]: redirect('_deleteLeft'),
  [kDeleteRight]: redirect('_deleteRight'),
  [kDeleteWordLeft]: redirect('_deleteWordLeft'),
  [kDeleteWordRight]: redirect('_deleteWordRight'),
  [kDeleteLineLeft]: redirect('_deleteLineLeft'),
  [kDeleteLineRight]: redirect('_deleteLineRight'),
  [kLine]: redirect('_line'),
  [kHistoryNext]: redirect('_historyNext'),
  [kHistoryPrev]: redirect('_historyPrev'),
  [kGetDisplayPos]: redirect('_getDisplayPos'),
  [kMoveCursor]: redirect('_moveCursor'),
  [kTtyWrite]: redirect('_ttyWrite'),

  _decoder: proxy(kDecoder),
  _line_buffer: proxy(kLine_buffer),
  _oldPrompt: proxy(kOldPrompt),
  _previousKey: proxy(kPreviousKey),
  _prompt: proxy(kPrompt),
  _questionCallback: proxy(kQuestionCallback),
  _sawKeyPress: proxy(kSawKeyPress),
  _sawReturnAt: proxy(kSawReturnAt),
});

// The internal methods under their public underscore names.
const proto = _Interface.prototype;
Interface.prototype._setRawMode = proto[kSetRawMode];
Interface.prototype._onLine = proto[kOnLine];
Interface.prototype._writeToOutput = proto[kWriteToOutput];
Interface.prototype._addHistory = proto[kAddHistory];
Interface.prototype._refreshLine = proto[kRefreshLine];
Interface.prototype._normalWrite = proto[kNormalWrite];
Interface.prototype._insertString = proto[kInsertString];
// The legacy completer takes a callback instead of returning a promise.
// Node: lib/readline.js Interface.prototype._tabComplete
Interface.prototype._tabComplete = function(lastKeypressWasTab) {
  this.pause();
  const string = this.line.slice(0, this.cursor);
  this.completer(string, (err, value) => {
    this.resume();
    if (err) {
      this._writeToOutput(`Tab completion error: ${inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
};
Interface.prototype._wordLeft = proto[kWordLeft];
Interface.prototype._wordRight = proto[kWordRight];
Interface.prototype._deleteLeft = proto[kDeleteLeft];
Interface.prototype._deleteRight = proto[kDeleteRight];
Interface.prototype._deleteWordLeft = proto[kDeleteWordLeft];
Interface.prototype._deleteWordRight = proto[kDeleteWordRight];
Interface.prototype._deleteLineLeft = proto[kDeleteLineLeft];
Interface.prototype._deleteLineRight = proto[kDeleteLineRight];
Interface.prototype._line = proto[kLine];
Interface.prototype._historyNext = proto[kHistoryNext];
Interface.prototype._historyPrev = proto[kHistoryPrev];
Interface.prototype._getDisplayPos = proto[kGetDisplayPos];
Interface.prototype._getCursorPos = proto.getCursorPos;
Interface.prototype._moveCursor = proto[kMoveCursor];
Interface.prototype._ttyWrite = proto[kTtyWrite];

// The key handling of a TERM=dumb terminal: no cursor movement or editing, only typing,
// Enter (with the \r\n rule), ctrl+c and ctrl+d.
// Node: lib/readline.js _ttyWriteDumb
function _ttyWriteDumb(s, key) {
  key = key || kEmptyObject;

  if (key.name === 'escape') return;

  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;

  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) {
        this.emit('SIGINT');
      } else {
        this.close();
      }
      return;
    } else if (key.name === 'd') {
      this.close();
      return;
    }
  }

  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this._line();
      break;

    case 'enter':
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) {
        this._line();
      }
      this[kSawReturnAt] = 0;
      break;

    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
