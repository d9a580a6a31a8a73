// internal/readline/interface (Node: lib/internal/readline/interface.js): the readline
// Interface shared by node:readline and node:readline/promises. Without a terminal it
// decodes the input stream's data as UTF-8 and emits a 'line' event per line (\n, \r\n, or
// \r; a \r and a \n in separate chunks count as one \r\n when the \n comes within
// crlfDelay ms). With a terminal it reads 'keypress' events and edits the line in place
// (cursor movement, history, kill ring, undo, tab completion) writing ANSI sequences.
'use strict';

const kFirstEventParam = Symbol.for('nodejs.kFirstEventParam');

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_USE_AFTER_CLOSE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const EventEmitter = require('events');
const {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  getStringWidth,
  kSubstringSearch,
  stripVTControlCharacters,
} = require('internal/readline/utils');
const {
  clearScreenDown,
  cursorTo,
  moveCursor,
} = require('internal/readline/callbacks');
const { StringDecoder } = require('string_decoder');

let emitKeypressEvents;
let inspectFn;
function inspect(value) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value);
}

const kEmptyObject = Object.freeze({ __proto__: null });
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

const kHistorySize = 30;
const kMaxUndoRedoStackSize = 2048;
const kMincrlfDelay = 100;
// \r\n, \n, or a \r not followed by \n
const lineEnding = /\r?\n|\r(?!\n)/g;

const kLineObjectStream = Symbol('line object stream');
const kQuestionCancel = Symbol('kQuestionCancel');
const kQuestion = Symbol('kQuestion');

// GNU readline's keyseq-timeout (ms).
const ESCAPE_CODE_TIMEOUT = 500;

// At most this many killed texts are kept.
const kMaxLengthOfKillRing = 32;

const kAddHistory = Symbol('_addHistory');
const kBeforeEdit = Symbol('_beforeEdit');
const kDecoder = Symbol('_decoder');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kLine = Symbol('_line');
const kLine_buffer = Symbol('_line_buffer');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOldPrompt = Symbol('_oldPrompt');
const kOnLine = Symbol('_onLine');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kPushToKillRing = Symbol('_pushToKillRing');
const kPushToUndoStack = Symbol('_pushToUndoStack');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionReject = Symbol('_questionReject');
const kRedo = Symbol('_redo');
const kRedoStack = Symbol('_redoStack');
const kRefreshLine = Symbol('_refreshLine');
const kSawKeyPress = Symbol('_sawKeyPress');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSetRawMode = Symbol('_setRawMode');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kTtyWrite = Symbol('_ttyWrite');
const kUndo = Symbol('_undo');
const kUndoStack = Symbol('_undoStack');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
const kYank = Symbol('_yank');
const kYanking = Symbol('_yanking');
const kYankPop = Symbol('_yankPop');

// The options-object form of createInterface: copies the options into `state`, validating
// them as Node does. Returns the input stream.
function readInterfaceOptions(self, options, state) {
  state.output = options.output;
  state.completer = options.completer;
  state.terminal = options.terminal;
  state.history = options.history;
  state.historySize = options.historySize;
  state.signal = options.signal;
  if (options.tabSize !== undefined) {
    validateUint32(options.tabSize, 'tabSize', true);
    self.tabSize = options.tabSize;
  }
  state.removeHistoryDuplicates = options.removeHistoryDuplicates;
  if (options.prompt !== undefined) state.prompt = options.prompt;
  if (options.escapeCodeTimeout !== undefined) {
    if (Number.isFinite(options.escapeCodeTimeout)) {
      self.escapeCodeTimeout = options.escapeCodeTimeout;
    } else {
      throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', self.escapeCodeTimeout);
    }
  }
  if (state.signal) validateAbortSignal(state.signal, 'options.signal');
  state.crlfDelay = options.crlfDelay;
  return options.input;
}

// The constructor behind both Interface classes (a plain function, so the legacy
// node:readline Interface can call it on `this`).
// Node: lib/internal/readline/interface.js InterfaceConstructor
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
  this.tabSize = 8;

  EventEmitter.call(this);

  const state = {
    output,
    completer,
    terminal,
    history: undefined,
    historySize: undefined,
    removeHistoryDuplicates: false,
    crlfDelay: undefined,
    prompt: '> ',
    signal: undefined,
  };

  if (input?.input) {
    input = readInterfaceOptions(this, input, state);
  }
  output = state.output;
  completer = state.completer;
  terminal = state.terminal;
  let { history, historySize } = state;
  const signal = state.signal;

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }

  if (history === undefined) {
    history = [];
  } else {
    validateArray(history, 'history');
  }

  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);

  // Without an explicit `terminal`, the output's isTTY decides.
  if (terminal === undefined && !(output === null || output === undefined)) {
    terminal = !!output.isTTY;
  }

  const self = this;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;

  // The kill ring: recently killed (deleted) texts, newest first, for yank / yank-pop.
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;

  this.removeHistoryDuplicates = !!state.removeHistoryDuplicates;
  this.crlfDelay = state.crlfDelay ? Math.max(kMincrlfDelay, state.crlfDelay) : kMincrlfDelay;
  this.completer = completer;

  this.setPrompt(state.prompt);

  this.terminal = !!terminal;

  function onerror(err) {
    self.emit('error', err);
  }

  function ondata(data) {
    self[kNormalWrite](data);
  }

  // The input ended: an unterminated last line is still a line (emitted directly, not
  // given to a pending question), then the interface closes.
  function onend() {
    if (typeof self[kLine_buffer] === 'string' && self[kLine_buffer].length > 0) {
      self.emit('line', self[kLine_buffer]);
    }
    self.close();
  }

  function ontermend() {
    if (typeof self.line === 'string' && self.line.length > 0) {
      self.emit('line', self.line);
    }
    self.close();
  }

  function onkeypress(s, key) {
    self[kTtyWrite](s, key);
    if (key && key.sequence) {
      // Half of a surrogate pair: redraw so the whole character shows.
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) self[kRefreshLine]();
    }
  }

  function onresize() {
    self[kRefreshLine]();
  }

  this[kLineObjectStream] = undefined;

  input.on('error', onerror);

  if (!this.terminal) {
    function onSelfCloseWithoutTerminal() {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    }

    input.on('data', ondata);
    input.on('end', onend);
    self.once('close', onSelfCloseWithoutTerminal);
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    function onSelfCloseWithTerminal() {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output !== null && output !== undefined) {
        output.removeListener('resize', onresize);
      }
    }

    if (emitKeypressEvents === undefined) {
      emitKeypressEvents = require('internal/readline/emitKeypressEvents');
    }
    emitKeypressEvents(input, this);

    input.on('keypress', onkeypress);
    input.on('end', ontermend);

    this[kSetRawMode](true);
    this.terminal = true;

    // The cursor's index in this.line.
    this.cursor = 0;

    this.historyIndex = -1;

    if (output !== null && output !== undefined) output.on('resize', onresize);

    self.once('close', onSelfCloseWithTerminal);
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAborted);
      self.once('close', disposable[SymbolDispose]);
    }
  }

  this.line = '';

  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);


// Node: lib/internal/readline/interface.js Interface
class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  // Returns whether the input was in raw mode before.
  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  // Writes the prompt (redrawing the whole line on a terminal) and resumes the input.
  // Node: lib/internal/readline/interface.js Interface.prototype.prompt
  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  // Shows `query` as the prompt; the next line goes to `cb` instead of a 'line' event.
  // A question while another one is pending only re-prompts.
  // Node: lib/internal/readline/interface.js Interface.prototype[kQuestion]
  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  // Node: lib/internal/readline/interface.js Interface.prototype[kOnLine]
  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kBeforeEdit](oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
  }

  // Node: lib/internal/readline/interface.js Interface.prototype[kQuestionCancel]
  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) {
      this.output.write(stringToWrite);
    }
  }

  // Adds this.line to the history (newest first) and emits 'history'; returns the line
  // to deliver (a 'history' listener may have changed history[0]).
  // Node: lib/internal/readline/interface.js Interface.prototype[kAddHistory]
  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;

    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dupIndex = this.history.indexOf(this.line);
        if (dupIndex !== -1) this.history.splice(dupIndex, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }

    this.historyIndex = -1;

    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  // Redraws prompt + line on the terminal and puts the cursor back.
  // Node: lib/internal/readline/interface.js Interface.prototype[kRefreshLine]
  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const dispPos = this[kGetDisplayPos](line);
    const lineCols = dispPos.cols;
    const lineRows = dispPos.rows;

    const cursorPos = this.getCursorPos();

    // Go up to the first row the line was drawn on, to its left edge, and erase below.
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);

    this[kWriteToOutput](line);

    // Make the terminal allocate the new row.
    if (lineCols === 0) this[kWriteToOutput](' ');

    cursorTo(this.output, cursorPos.cols);

    const diff = lineRows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);

    this.prevRows = cursorPos.rows;
  }

  // Node: lib/internal/readline/interface.js Interface.prototype.close
  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  // Node: lib/internal/readline/interface.js Interface.prototype.pause
  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  // Node: lib/internal/readline/interface.js Interface.prototype.resume
  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  // Feeds `d` (and `key` on a terminal) as if it came from the input.
  // Node: lib/internal/readline/interface.js Interface.prototype.write
  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) {
      this[kTtyWrite](d, key);
    } else {
      this[kNormalWrite](d);
    }
  }

  // Splits decoded input into lines. The unfinished rest waits in kLine_buffer; a chunk
  // ending in \r remembers when, so a \n starting the next chunk within crlfDelay ms is
  // taken as the second half of \r\n.
  // Node: lib/internal/readline/interface.js Interface.prototype[kNormalWrite]
  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }

    // Look for a line ending in the new chunk only, not in the whole buffered line.
    lineEnding.lastIndex = 0;
    if (lineEnding.exec(string) === null) {
      lineEnding.lastIndex = 0;
      if (string) {
        if (this[kLine_buffer]) {
          this[kLine_buffer] += string;
        } else {
          this[kLine_buffer] = string;
        }
      }
      return;
    }

    if (this[kLine_buffer]) {
      string = this[kLine_buffer] + string;
      this[kLine_buffer] = null;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;

    // Collect every line first: 'line' listeners may write to this interface again.
    const lines = [];
    let start = 0;
    lineEnding.lastIndex = 0;
    let match;
    while ((match = lineEnding.exec(string)) !== null) {
      lines.push(string.slice(start, match.index));
      start = lineEnding.lastIndex;
    }
    // Either '' or the unfinished beginning of the next line.
    this[kLine_buffer] = string.slice(start);
    for (let i = 0; i < lines.length; i++) {
      this[kOnLine](lines[i]);
    }
  }

  // Node: lib/internal/readline/interface.js Interface.prototype[kInsertString]
  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (!this.isCompletionEnabled) {
      this.line += c;
      this.cursor += c.length;
      this[kWriteToOutput](c);
      return;
    }
    if (this.cursor < this.line.length) {
      const beg = this.line.slice(0, this.cursor);
      const end = this.line.slice(this.cursor, this.line.length);
      this.line = beg + c + end;
      this.cursor += c.length;
      this[kRefreshLine]();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();

      if (oldPos.rows < newPos.rows) {
        this[kRefreshLine]();
      } else {
        this[kWriteToOutput](c);
      }
    }
  }

  // Node: lib/internal/readline/interface.js Interface.prototype[kTabComplete]
  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    let value;
    try {
      value = await this.completer(string);
    } catch (err) {
      this[kWriteToOutput](`Tab completion error: ${inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  }

  // Applies a completer result [completions, completeOn]: inserts the common prefix, or
  // on a second Tab lists the completions in columns.
  // Node: lib/internal/readline/interface.js Interface.prototype[kTabCompleter]
  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;

    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) +
                  prefix +
                  this.line.slice(this.cursor, this.line.length);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }

    if (!lastKeypressWasTab) return;

    this[kBeforeEdit](this.line, this.cursor);

    const completionsWidth = completions.map((e) => getStringWidth(e));
    const width = Math.max(...completionsWidth) + 2; // two spaces of padding
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let lineIndex = 0;
    let whitespace = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || lineIndex === maxColumns) {
        output += '\r\n';
        lineIndex = 0;
        whitespace = 0;
      } else {
        output += ' '.repeat(whitespace);
      }
      if (completion !== '') {
        output += completion;
        whitespace = width - completionsWidth[i];
        lineIndex++;
      } else {
        output += '\r\n';
      }
    }
    if (lineIndex !== 0) output += '\r\n\r\n';
    this[kWriteToOutput](output);
    this[kRefreshLine]();
  }

  // Node: lib/internal/readline/interface.js Interface.prototype[kWordLeft]
  [kWordLeft]() {
    if (this.cursor > 0) {
      // Match on the reversed text before the cursor (linear, not quadratic).
      const leading = this.line.slice(0, this.cursor);
      const reversed = Array.from(leading).reverse().join('');
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      this[kMoveCursor](-match[0].length);
    }
  }

  // Node: lib/internal/readline/interface.js Interface.prototype[kWordRight]
  [kWordRight]() {
    if (this.cursor < this.line.length) {
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(trailing);
      this[kMoveCursor](match[0].length);
    }
  }

  // Node: lib/internal/readline/interface.js Interface.prototype[kDeleteLeft]
  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const charSize = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - charSize) +
                  this.line.slice(this.cursor, this.line.length);
      this.cursor -= charSize;
      this[kRefreshLine]();
    }
  }

  // Node: lib/internal/readline/interface.js Interface.prototype[kDeleteRight]
  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const charSize = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) +
                  this.line.slice(this.cursor + charSize, this.line.length);
      this[kRefreshLine]();
    }
  }

  // Node: lib/internal/readline/interface.js Interface.prototype[kDeleteWordLeft]
  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      const reversed = Array.from(leading).reverse().join('');
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      leading = leading.slice(0, leading.length - match[0].length);
      this.line = leading + this.line.slice(this.cursor, this.line.length);
      this.cursor = leading.length;
      this[kRefreshLine]();
    }
  }

  // Node: lib/internal/readline/interface.js Interface.prototype[kDeleteWordRight]
  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this[kRefreshLine]();
    }
  }

  // Node: lib/internal/readline/interface.js Interface.prototype[kDeleteLineLeft]
  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const del = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](del);
    this[kRefreshLine]();
  }

  // Node: lib/internal/readline/interface.js Interface.prototype[kDeleteLineRight]
  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const del = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this[kPushToKillRing](del);
    this[kRefreshLine]();
  }

  [kPushToKillRing](del) {
    if (!del || del === this[kKillRing][0]) return;
    this[kKillRing].unshift(del);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxLengthOfKillRing) this[kKillRing].pop();
  }

  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  }

  // Replaces the text just yanked with the next older kill-ring entry.
  // Node: lib/internal/readline/interface.js Interface.prototype[kYankPop]
  [kYankPop]() {
    if (!this[kYanking]) return;
    if (this[kKillRing].length > 1) {
      const lastYank = this[kKillRing][this[kKillRingCursor]];
      this[kKillRingCursor]++;
      if (this[kKillRingCursor] >= this[kKillRing].length) this[kKillRingCursor] = 0;
      const currentYank = this[kKillRing][this[kKillRingCursor]];
      const head = this.line.slice(0, this.cursor - lastYank.length);
      const tail = this.line.slice(this.cursor);
      this.line = head + currentYank + tail;
      this.cursor = head.length + currentYank.length;
      this[kRefreshLine]();
    }
  }

  // Node: lib/internal/readline/interface.js Interface.prototype.clearLine
  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  // The terminal's Enter: history, a fresh line, then the line goes out.
  // Node: lib/internal/readline/interface.js Interface.prototype[kLine]
  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  [kPushToUndoStack](text, cursor) {
    if (this[kUndoStack].push({ text, cursor }) > kMaxUndoRedoStackSize) {
      this[kUndoStack].shift();
    }
  }

  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  // Down: the next newer history entry starting with the search prefix.
  // Node: lib/internal/readline/interface.js Interface.prototype[kHistoryNext]
  [kHistoryNext]() {
    if (this.historyIndex >= 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index--;
      }
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  // Up: the next older history entry starting with the search prefix.
  // Node: lib/internal/readline/interface.js Interface.prototype[kHistoryPrev]
  [kHistoryPrev]() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index++;
      }
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  // The { cols, rows } position after displaying `str` from the left edge.
  // Node: lib/internal/readline/interface.js Interface.prototype[kGetDisplayPos]
  [kGetDisplayPos](str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        // A newline always starts a new row, even at offset 0 or with infinite columns.
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      // Tabs go to the next multiple of tabSize.
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        // A double-width character does not start in the last column.
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  // Node: lib/internal/readline/interface.js Interface.prototype.getCursorPos
  getCursorPos() {
    const strBeforeCursor = this[kPrompt] + this.line.slice(0, this.cursor);
    return this[kGetDisplayPos](strBeforeCursor);
  }

  // Moves the cursor dx characters (UTF-16 units) right, or left when negative.
  // Node: lib/internal/readline/interface.js Interface.prototype[kMoveCursor]
  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;

    if (this.cursor < 0) {
      this.cursor = 0;
    } else if (this.cursor > this.line.length) {
      this.cursor = this.line.length;
    }

    const newPos = this.getCursorPos();

    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this[kRefreshLine]();
    }
  }

  // One key press on a terminal.
  // Node: lib/internal/readline/interface.js Interface.prototype[kTtyWrite]
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kEmptyObject;
    this[kPreviousKey] = key;

    // Any key but meta-y ends a yank sequence.
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Plain up/down start (or continue) a prefix search; any other key ends it.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) {
        this[kSubstringSearch] = this.line.slice(0, this.cursor);
      }
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // Undo (ctrl+_) and redo (ctrl+^).
    if (typeof key.sequence === 'string') {
      const code = key.sequence.codePointAt(0);
      if (code === 0x1f) {
        this[kUndo]();
        return;
      }
      if (code === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      ctrlShiftKey(this, key);
    } else if (key.ctrl) {
      ctrlKey(this, key);
    } else if (key.meta) {
      metaKey(this, key);
    } else {
      plainKey(this, s, key, previousKey);
    }
  }

  // The lines as an async iterator (the same one on every call).
  // Node: lib/internal/readline/interface.js Interface.prototype[SymbolAsyncIterator]
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      // Node: events.on(this, 'line', { close: ['close'], highWatermark: 1024,
      // [kFirstEventParam]: true }) — lines queued while nobody awaits (the interface paused
      // above 1024), 'close' ending the iteration after the queue, 'error' rejecting.
      this[kLineObjectStream] = EventEmitter.on(this, 'line', {
        close: ['close'],
        highWatermark: 1024,
        [kFirstEventParam]: true,
      });
    }
    return this[kLineObjectStream];
  }
}

// The key handlers of kTtyWrite, by modifier (functions, not methods: the legacy
// node:readline Interface is not constructed through the class).
function ctrlShiftKey(self, key) {
  switch (key.name) {
    case 'backspace':
      self[kDeleteLineLeft]();
      break;
    case 'delete':
      self[kDeleteLineRight]();
      break;
  }
}

function ctrlKey(self, key) {
  switch (key.name) {
    case 'c':
      if (self.listenerCount('SIGINT') > 0) {
        self.emit('SIGINT');
      } else {
        self.close();
        self[kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
      }
      break;

    case 'h': // delete left
      self[kDeleteLeft]();
      break;

    case 'd': // delete right, or EOF on an empty line
      if (self.cursor === 0 && self.line.length === 0) {
        self.close();
        self[kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
      } else if (self.cursor < self.line.length) {
        self[kDeleteRight]();
      }
      break;

    case 'u': // delete to the start of the line
      self[kDeleteLineLeft]();
      break;

    case 'k': // delete to the end of the line
      self[kDeleteLineRight]();
      break;

    case 'a': // start of line
      self[kMoveCursor](-Infinity);
      break;

    case 'e': // end of line
      self[kMoveCursor](+Infinity);
      break;

    case 'b': // one character back
      self[kMoveCursor](-charLengthLeft(self.line, self.cursor));
      break;

    case 'f': // one character forward
      self[kMoveCursor](+charLengthAt(self.line, self.cursor));
      break;

    case 'l': // clear the screen
      cursorTo(self.output, 0, 0);
      clearScreenDown(self.output);
      self[kRefreshLine]();
      break;

    case 'n':
      self[kHistoryNext]();
      break;

    case 'p':
      self[kHistoryPrev]();
      break;

    case 'y':
      self[kYank]();
      break;

    case 'z':
      suspend(self);
      break;

    case 'w':
    case 'backspace':
      self[kDeleteWordLeft]();
      break;

    case 'delete':
      self[kDeleteWordRight]();
      break;

    case 'left':
      self[kWordLeft]();
      break;

    case 'right':
      self[kWordRight]();
      break;
  }
}

// ctrl+z: 'SIGTSTP' listeners decide, else the process is stopped (not on Windows).
function suspend(self) {
  if (process.platform === 'win32') return;
  if (self.listenerCount('SIGTSTP') > 0) {
    self.emit('SIGTSTP');
    return;
  }
  if (typeof process.once !== 'function' || typeof process.kill !== 'function') return;
  process.once('SIGCONT', () => {
    if (!self.paused) {
      self.pause();
      self.emit('SIGCONT');
    }
    self[kSetRawMode](true);
    self[kRefreshLine]();
  });
  self[kSetRawMode](false);
  process.kill(process.pid, 'SIGTSTP');
}

function metaKey(self, key) {
  switch (key.name) {
    case 'b': // word back
      self[kWordLeft]();
      break;
    case 'f': // word forward
      self[kWordRight]();
      break;
    case 'd':
    case 'delete':
      self[kDeleteWordRight]();
      break;
    case 'backspace':
      self[kDeleteWordLeft]();
      break;
    case 'y':
      self[kYankPop]();
      break;
  }
}

function plainKey(self, s, key, previousKey) {
  // A remembered \r only matters when \n comes right after it.
  if (self[kSawReturnAt] && key.name !== 'enter') self[kSawReturnAt] = 0;

  switch (key.name) {
    case 'return': // \r
      self[kSawReturnAt] = Date.now();
      self[kLine]();
      break;

    case 'enter':
      // A \n within crlfDelay after \r completes \r\n: no second line.
      if (self[kSawReturnAt] === 0 || Date.now() - self[kSawReturnAt] > self.crlfDelay) {
        self[kLine]();
      }
      self[kSawReturnAt] = 0;
      break;

    case 'backspace':
      self[kDeleteLeft]();
      break;

    case 'delete':
      self[kDeleteRight]();
      break;

    case 'left':
      self[kMoveCursor](-charLengthLeft(self.line, self.cursor));
      break;

    case 'right':
      self[kMoveCursor](+charLengthAt(self.line, self.cursor));
      break;

    case 'home':
      self[kMoveCursor](-Infinity);
      break;

    case 'end':
      self[kMoveCursor](+Infinity);
      break;

    case 'up':
      self[kHistoryPrev]();
      break;

    case 'down':
      self[kHistoryNext]();
      break;

    case 'tab':
      if (typeof self.completer === 'function' && self.isCompletionEnabled) {
        const lastKeypressWasTab = previousKey && previousKey.name === 'tab';
        self[kTabComplete](lastKeypressWasTab);
        break;
      }
      // falls through
    default:
      if (typeof s === 'string' && s) insertText(self, s);
  }
}

// Inserts typed or written text; line endings inside it finish lines.
function insertText(self, s) {
  const ending = /\r?\n|\r(?!\n)/g;
  let lastIndex = 0;
  let match;
  while ((match = ending.exec(s)) !== null) {
    self[kInsertString](s.slice(lastIndex, match.index));
    lastIndex = ending.lastIndex;
    self[kLine]();
  }
  // The rest (everything, when there was no line ending).
  self[kInsertString](s.slice(lastIndex));
}

module.exports = {
  Interface,
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
  kQuestionReject,
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
};
