// internal/process/warning (Node: lib/internal/process/warning.js): process.emitWarning and
// the default 'warning' listener that prints "(node:PID) Name: message" to stderr.
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateString } = require('internal/validators');

let traceWarningHelperShown = false;

function writeOut(message) {
  process._rawDebug(message);
}

// Node: lib/internal/process/warning.js onWarning
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    const argv0 = (process.argv0 || 'node').split('/').pop().replace(/\.exe$/, '');
    msg += `\n(Use \`${argv0} --trace-warnings ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  writeOut(msg);
}

// Node: lib/internal/process/warning.js emitWarning
function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown from a tick, so that the warnings emitted before it are printed first.
    if (process.throwDeprecation) return process.nextTick(() => { throw warning; });
  }
  process.nextTick(doEmitWarning, warning);
}

function createWarningObject(warning, type, code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  if (process.traceProcessWarnings !== true) Error.stackTraceLimit = 0;
  // eslint-disable-next-line no-restricted-syntax
  warning = new Error(warning);
  Error.stackTraceLimit = limit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

// An Error without a stack (Node: getErrorWithoutStack).
function errorWithoutStack(name, message) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new Error(message);
  Error.stackTraceLimit = limit;
  Object.defineProperty(err, 'name', { value: name, enumerable: false, writable: true, configurable: true });
  return err;
}

// Node: lib/internal/process/promises.js emitUnhandledRejectionWarning
function emitUnhandledRejectionWarning(uid, reason) {
  const warning = errorWithoutStack(
    'UnhandledPromiseRejectionWarning',
    'Unhandled promise rejection. This error originated either by ' +
      'throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). ' +
      'To terminate the node process on unhandled promise ' +
      'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
      'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
      `(rejection id: ${uid})`);
  try {
    if (isErrorLike(reason)) {
      warning.stack = reason.stack;
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {
    try {
      process.emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    } catch {
      // Nothing more can be done.
    }
  }
  process.emitWarning(warning);
}

// Node: lib/internal/process/promises.js, the warning for a rejection handled late.
function emitHandledRejectionWarning(uid) {
  const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${uid})`);
  warning.name = 'PromiseRejectionHandledWarning';
  warning.id = uid;
  process.emitWarning(warning);
}

function isErrorLike(o) {
  return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, 'stack');
}

// V8's Object::NoSideEffectsToString (Node's internalBinding('errors')
// noSideEffectsToString): primitives as String() gives them, errors as "Name: message",
// other objects as "#<Constructor>" ("[object Array]" for arrays).
function noSideEffectsToString(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return typeof value === 'symbol' ? value.toString() : String(value);
  }
  if (Array.isArray(value)) return '[object Array]';
  if (value instanceof Error) {
    const { name, message } = value;
    return message ? `${name}: ${message}` : `${name}`;
  }
  const proto = Object.getPrototypeOf(value);
  const ctor = proto && Object.prototype.hasOwnProperty.call(proto, 'constructor') ? proto.constructor : undefined;
  const name = typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name ? ctor.name : 'Object';
  return `#<${name}>`;
}

// Node: lib/internal/process/promises.js UnhandledPromiseRejection, the error an unhandled
// rejection with a non-error reason is reported as.
function unhandledPromiseRejection(reason) {
  const err = new Error(
    'This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      `rejected with the reason "${noSideEffectsToString(reason)}".`);
  Object.defineProperty(err, 'name', {
    value: 'UnhandledPromiseRejection', enumerable: false, writable: true, configurable: true,
  });
  void err.stack;
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

module.exports = {
  emitWarning,
  onWarning,
  emitUnhandledRejectionWarning,
  emitHandledRejectionWarning,
  isErrorLike,
  unhandledPromiseRejection,
};
