// internal/assert/assertion_error (Node: lib/internal/assert/assertion_error.js): the
// AssertionError class of node:assert, with the messages Node 20 generates, including the
// line diff ("+ actual - expected") of the inspected values.
// Reachable only from built-in modules.
'use strict';

const { inspect } = require('internal/util/inspect');
const { validateObject } = require('internal/validators');

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two short primitives are shown as `actual !== expected` instead of a diff.
const kMaxShortLength = 12;

// Node: lib/internal/util/colors.js — the diff markers are colored only when stderr is
// a color terminal.
const colors = {
  blue: '',
  green: '',
  white: '',
  red: '',
  refresh() {
    const stderr = process.stderr;
    if (!stderr || !stderr.isTTY) return;
    let hasColors;
    if (process.env.FORCE_COLOR !== undefined) {
      hasColors = require('internal/tty').getColorDepth() > 2;
    } else {
      hasColors = typeof stderr.getColorDepth === 'function' ? stderr.getColorDepth() > 2 : true;
    }
    colors.blue = hasColors ? '\u001b[34m' : '';
    colors.green = hasColors ? '\u001b[32m' : '';
    colors.white = hasColors ? '\u001b[39m' : '';
    colors.red = hasColors ? '\u001b[31m' : '';
  },
};
colors.refresh();

// eslint-disable-next-line no-control-regex
const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return str.replace(colorRegExp, '');
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

/// A plain copy of an error (same prototype, own enumerable keys, the message) so
/// that inspecting it in a diff does not print its stack.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  return target;
}

// Node: lib/internal/assert/assertion_error.js inspectValue
function inspectValue(val) {
  // Fixed options, whatever util.inspect.defaultOptions say.
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    // Only enumerable properties are compared, so only those are shown.
    showHidden: false,
    showProxy: false,
    sorted: true,
    // Getters are compared too, so their values are shown.
    getters: true,
  });
}

function getErrorMessage(operator, message) {
  return message || kReadableOperator[operator];
}

function defaultColorsOn() {
  return Boolean(inspect.defaultOptions && inspect.defaultOptions.colors);
}

/// An unchanged line of the diff body.
function same(line) {
  return `\n  ${line}`;
}

/// The run of `identical` lines before line `i` beyond the two already printed: the rest
/// of them when the run is at most five long, else `...` (setting `state.skipped`) and
/// the last two.
function identicalContext(lines, i, identical, state) {
  let res = '';
  if (identical > 2) {
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) {
          res += same(lines[i - 3]);
          state.printedLines++;
        } else {
          res += `\n${colors.blue}...${colors.white}`;
          state.skipped = true;
        }
      }
      res += same(lines[i - 2]);
      state.printedLines++;
    }
    res += same(lines[i - 1]);
    state.printedLines++;
  }
  return res;
}

/// The message for two single-line values whose inspections differ, when they are
/// short primitives (`1 !== 2`); otherwise sets `state.indicator` (a caret under the
/// first differing column) where Node does, and returns undefined.
function shortLineMessage(actual, expected, operator, message, actualLine, expectedLine, state) {
  const c = defaultColorsOn();
  const actualRaw = c ? removeColors(actualLine) : actualLine;
  const expectedRaw = c ? removeColors(expectedLine) : expectedLine;
  const inputLength = actualRaw.length + expectedRaw.length;
  if (inputLength <= kMaxShortLength) {
    if ((typeof actual !== 'object' || actual === null) &&
        (typeof expected !== 'object' || expected === null) &&
        (actual !== 0 || expected !== 0)) { // -0 === +0
      return `${getErrorMessage(operator, message)}\n\n${actualLine} !== ${expectedLine}\n`;
    }
  } else if (operator !== 'strictEqualObject') {
    // Not a terminal (or no columns known): assume 80 columns.
    const stderr = process.stderr;
    const maxLength = stderr && stderr.isTTY ? stderr.columns : 80;
    if (inputLength < maxLength) {
      let i = 0;
      while (actualRaw[i] === expectedRaw[i]) i++;
      // The first two characters are usually quotes or brackets: ignore them.
      if (i > 2) state.indicator = `\n  ${' '.repeat(i)}^`;
    }
  }
  return undefined;
}

// Node: lib/internal/assert/assertion_error.js createErrDiff
// Compares the inspections line by line (this is not a minimal diff): identical
// trailing lines are cut to three, then each diverging pair is printed as `+ actual`
// lines followed by `- expected` lines, with up to three identical lines of context.
function createErrDiff(actual, expected, operator, message = '') {
  let other = '';
  let res = '';
  let end = '';
  const state = { skipped: false, printedLines: 0, indicator: '' };
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  // strictEqual of two objects or two functions: they are not reference-equal.
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const short = shortLineMessage(actual, expected, operator, message,
                                   actualLines[0], expectedLines[0], state);
    if (short !== undefined) return short;
  }

  // Drop the identical trailing lines, keeping up to three of them (`end`) and the
  // last one dropped beyond those (`other`).
  let i = 0;
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) {
      end = `\n  ${a}${end}`;
    } else {
      other = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  // Identical inspections of values that are not equal, e.g. { a: Symbol() } twice.
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = `${colors.blue}...${colors.white}`;
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  // At least five identical lines were cut at the end.
  if (i >= 5) {
    end = `\n${colors.blue}...${colors.white}${end}`;
    state.skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  let identical = 0;
  const msg = `${getErrorMessage(operator, message)}\n` +
    `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  const skippedMsg = ` ${colors.blue}...${colors.white} Lines skipped`;

  // `lines` is the longer side; its extra lines print with its own marker.
  let lines = actualLines;
  let plusMinus = `${colors.green}+${colors.white}`;
  let maxLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${colors.red}-${colors.white}`;
    maxLength = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      // Only the longer side has a line here.
      res += identicalContext(lines, i, identical, state);
      identical = 0;
      if (lines === actualLines) {
        res += `\n${plusMinus} ${lines[i]}`;
      } else {
        other += `\n${plusMinus} ${lines[i]}`;
      }
      state.printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // Lines differing only by a trailing comma count as identical.
      let divergingLines = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (divergingLines && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        divergingLines = false;
        actualLine += ',';
      }
      if (divergingLines) {
        res += identicalContext(actualLines, i, identical, state);
        identical = 0;
        // Expected lines are held back so that runs print as +++--- rather than +-+-.
        res += `\n${colors.green}+${colors.white} ${actualLine}`;
        other += `\n${colors.red}-${colors.white} ${expectedLine}`;
        state.printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        // The first two identical lines after a divergence are printed right away.
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          state.printedLines++;
        }
      }
    }
    // Show about 50 lines at most.
    if (state.printedLines > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n${colors.blue}...${colors.white}${other}\n` +
             `${colors.blue}...${colors.white}`;
    }
  }

  return `${msg}${state.skipped ? skippedMsg : ''}\n${res}${other}${end}${state.indicator}`;
}

/// notStrictEqual / notDeepStrictEqual of equal values: the value, once.
function createNotEqualMessage(actual, operator) {
  let base = kReadableOperator[operator];
  const res = inspectValue(actual).split('\n');
  if (operator === 'notStrictEqual' &&
      ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  if (res.length > 50) {
    res[46] = `${colors.blue}...${colors.white}`;
    res.length = 47;
  }
  if (res.length === 1) return `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`;
  return `${base}\n\n${res.join('\n')}\n`;
}

/// The remaining operators (deepEqual, notDeepEqual, '==', fail, throws, ...): both
/// values inspected, or a description of the loose comparison.
function createOtherMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${knownOperator}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const newOp = kReadableOperator[`${operator}Unequal`];
    if (newOp) {
      res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
}

// Node: lib/internal/assert/assertion_error.js AssertionError constructor (message part)
function buildMessage(message, operator, actual, expected) {
  if (message != null) {
    // A custom message still gets the diff for these two operators.
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      return createErrDiff(actual, expected, operator, message);
    }
    return String(message);
  }
  colors.refresh();
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return createNotEqualMessage(actual, operator);
  }
  return createOtherMessage(actual, expected, operator);
}

// Node: lib/internal/assert/assertion_error.js addEllipsis
// (Node 20 keeps the text *after* the first 512 characters of a long single line.)
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  } else if (string.length > 512) {
    return `${string.slice(512)}...`;
  }
  return string;
}

// Node: lib/internal/assert/assertion_error.js AssertionError
class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      details,
      // Older name of stackStartFn.
      stackStartFunction,
    } = options;
    let { actual, expected } = options;

    // Errors on both sides are shown (and kept) without their stacks.
    if (message == null &&
        typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null &&
        'stack' in actual && actual instanceof Error &&
        'stack' in expected && expected instanceof Error) {
      actual = copyError(actual);
      expected = copyError(expected);
    }

    const limit = Error.stackTraceLimit;
    const limitWritable = isErrorStackTraceLimitWritable();
    if (limitWritable) Error.stackTraceLimit = 0;
    super(buildMessage(message, operator, actual, expected));
    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    }
    // The stack's first line is made while the name includes the code.
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kInspectCustom](recurseTimes, ctx) {
    // Long strings are shortened, and actual/expected are shown at depth 0 only: the
    // message already holds their full comparison.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

module.exports = AssertionError;
