// node:assert (Node: lib/assert.js): the assertion functions, AssertionError and the
// strict variant `assert.strict` (also node:assert/strict). assert.CallTracker (deprecated
// in Node 20) is not provided.
'use strict';

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { inspect } = require('internal/util/inspect');
const { isPromise, isRegExp, isNativeError } = require('internal/util/types');
const { validateFunction } = require('internal/validators');

const ObjectIs = Object.is;
const NumberIsNaN = Number.isNaN;
const ReflectApply = Reflect.apply;
const RegExpExec = RegExp.prototype.exec;

function regExpExec(regexp, string) {
  return ReflectApply(RegExpExec, regexp, [string]);
}

function isError(e) {
  return isNativeError(e) || e instanceof Error;
}

let isDeepEqual;
let isDeepStrictEqual;
function lazyLoadComparison() {
  const comparison = require('internal/util/comparisons');
  isDeepEqual = comparison.isDeepEqual;
  isDeepStrictEqual = comparison.isDeepStrictEqual;
}

let warned = false;

const assert = module.exports = ok;

// The "nothing was thrown" result of getActual / waitForActual.
const NO_EXCEPTION_SENTINEL = {};

// A message that is an Error is thrown as is.
function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// Node: lib/internal/assert/utils.js getErrMessage
// TODO: Node reads the calling file (fs + acorn) to quote the failing call, e.g.
// "The expression evaluated to a falsy value:\n\n  assert(0)\n". Spindle has no fs
// and no call-site positions for built-ins yet, so this always takes Node's fallback
// for code whose source is unavailable (eval, new Function): no message, which makes
// AssertionError generate "<inspected value> == true".
function getErrMessage(message, fn) { // eslint-disable-line no-unused-vars
  return undefined;
}

// Node: lib/internal/assert/utils.js innerOk
function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getErrMessage(message, fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

// Node: lib/assert.js fail
function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (warned === false) {
      warned = true;
      if (typeof process.emitWarning === 'function') {
        process.emitWarning(
          'assert.fail() with more than one argument is deprecated. ' +
            'Please use assert.strictEqual() instead or only pass a message.',
          'DeprecationWarning',
          'DEP0094');
      }
    }
    if (argsLen === 2) operator = '!=';
  }

  if (message instanceof Error) throw message;

  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

assert.fail = fail;

assert.AssertionError = AssertionError;

// Node: lib/assert.js ok
function ok(...args) {
  innerOk(ok, args.length, ...args);
}
assert.ok = ok;

// Node: lib/assert.js equal
assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!NumberIsNaN(actual) || !NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

// Node: lib/assert.js notEqual
assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (NumberIsNaN(actual) && NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

// Node: lib/assert.js deepEqual
assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual === undefined) lazyLoadComparison();
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

// Node: lib/assert.js notDeepEqual
assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual === undefined) lazyLoadComparison();
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

// Node: lib/assert.js deepStrictEqual
assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual === undefined) lazyLoadComparison();
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

// Node: lib/assert.js notDeepStrictEqual
assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual === undefined) lazyLoadComparison();
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

// Node: lib/assert.js strictEqual
assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!ObjectIs(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

// Node: lib/assert.js notStrictEqual
assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (ObjectIs(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// Node: lib/assert.js Comparison
// The compared keys of an error or validation object, for a readable diff. A RegExp in
// the validation object that matches is replaced by the actual string.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined &&
            typeof actual[key] === 'string' &&
            isRegExp(obj[key]) &&
            regExpExec(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

// Node: lib/assert.js compareExceptionKey
function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    // Diff only the compared keys.
    const a = new Comparison(actual, keys);
    const b = new Comparison(expected, keys, actual);
    const err = new AssertionError({
      actual: a,
      expected: b,
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

/// The thrown value against a validation object (or Error): every key deep-strict-equal,
/// strings may match a RegExp.
function expectedObjectException(actual, expected, message, fn) {
  const keys = Object.keys(expected);
  // An Error's name and message are compared as well.
  if (expected instanceof Error) {
    keys.push('name', 'message');
  } else if (keys.length === 0) {
    throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
  }
  if (isDeepEqual === undefined) lazyLoadComparison();
  for (const key of keys) {
    if (typeof actual[key] === 'string' &&
        isRegExp(expected[key]) &&
        regExpExec(expected[key], actual[key]) !== null) {
      continue;
    }
    compareExceptionKey(actual, expected, key, message, keys, fn);
  }
}

/// The message for a thrown value that is not an instance of the expected Error class.
function wrongClassMessage(actual, expected) {
  let message = `The error is expected to be an instance of "${expected.name}". Received `;
  if (isError(actual)) {
    const name = (actual.constructor && actual.constructor.name) || actual.name;
    if (expected.name === name) {
      message += 'an error with identical name but a different prototype.';
    } else {
      message += `"${name}"`;
    }
    if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
  } else {
    message += `"${inspect(actual, { depth: -1 })}"`;
  }
  return message;
}

// Node: lib/assert.js expectedException
// `expected` is a RegExp (tested against String(actual)), a validation object or Error,
// an Error class, or a validation function that must return true.
function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (regExpExec(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
                  `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      // A thrown primitive never matches a validation object.
      const err = new AssertionError({
        actual,
        expected,
        message,
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      expectedObjectException(actual, expected, message, fn);
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    // (Arrow functions have no prototype, so they are validation functions.)
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = wrongClassMessage(actual, expected);
    }
  } else {
    const res = ReflectApply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }

  const err = new AssertionError({
    actual,
    expected,
    message,
    operator: fn.name,
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

// Node: lib/assert.js getActual
function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

// Native promises, or objects with then and catch methods.
function checkIsPromise(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' &&
     typeof obj.then === 'function' &&
     typeof obj.catch === 'function');
}

// Node: lib/assert.js waitForActual
async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    // A synchronous throw here rejects the returned promise.
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

// Node: lib/assert.js expectsError
function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    // throws(fn, 'message'): the string is the assertion's message, not a matcher.
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }

  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

// Node: lib/assert.js hasMatchingError
function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return regExpExec(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return ReflectApply(expected, {}, [actual]) === true;
}

// Node: lib/assert.js expectsNoError
// A matching error (or any, without a matcher) fails the assertion; any other error is
// rethrown unchanged.
function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

// Node: lib/assert.js throws
assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

// Node: lib/assert.js rejects
assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

// Node: lib/assert.js doesNotThrow
assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

// Node: lib/assert.js doesNotReject
assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

/// The AssertionError's stack followed by the frames of the original error's stack.
function mergeStacks(newErr, origStack) {
  const origStackStart = origStack.indexOf('\n    at');
  if (origStackStart === -1) return;
  const originalFrames = origStack.slice(origStackStart + 1).split('\n');
  let newFrames = String(newErr.stack).split('\n');
  for (const errFrame of originalFrames) {
    // Keep only the new frames before the first one the original has too.
    const pos = newFrames.indexOf(errFrame);
    if (pos !== -1) {
      newFrames = newFrames.slice(0, pos);
      break;
    }
  }
  newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
}

// Node: lib/assert.js ifError
assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) {
      message += err.constructor.name;
    } else {
      message += err.message;
    }
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err,
    expected: null,
    operator: 'ifError',
    message,
    stackStartFn: ifError,
  });
  const origStack = err.stack;
  if (typeof origStack === 'string') mergeStacks(newErr, origStack);
  throw newErr;
};

// Node: lib/assert.js internalMatch
function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string === 'string' && (regExpExec(regexp, string) !== null) === match) return;
  if (message instanceof Error) throw message;

  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (match ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string,
    expected: regexp,
    message,
    operator: fn.name,
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

// Node: lib/assert.js match
assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

// Node: lib/assert.js doesNotMatch
assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// Node: lib/assert.js strict
// assert.strict is a copy of assert whose loose functions are the strict ones.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});

assert.strict.strict = assert.strict;
