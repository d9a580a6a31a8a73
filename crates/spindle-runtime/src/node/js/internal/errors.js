// internal/errors (Node: lib/internal/errors.js): the coded errors Node's built-ins throw.
// Reachable only from built-in modules (`require('internal/errors')`), never from user code.
// An error made here is an instance of its base class (TypeError, RangeError, ...) with an
// own non-enumerable `message`, an own enumerable `code`, and a stack whose first line is
// "TypeError [ERR_CODE]: message" (the name is set while the lazily built stack is
// formatted, then removed), exactly the shape Node's NodeError gives.
'use strict';

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRegExp = /^([A-Z][a-z0-9]*)+$/;

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

let formatFn;
function format(...args) {
  if (formatFn === undefined) formatFn = require('internal/util/inspect').format;
  return formatFn(...args);
}

/// An error of class `Base` carrying Node's `code`, with `message`; its stack starts at the
/// caller of `hideFrom` (Node hides its own error-making frames).
function makeNodeError(Base, code, message, options, hideFrom = makeNodeError) {
  const error = options === undefined ? new Base(message) : new Base(message, options);
  Object.defineProperty(error, 'name', { value: `${Base.name} [${code}]`, configurable: true, writable: true });
  Error.captureStackTrace(error, hideFrom);
  void error.stack;
  delete error.name;
  Object.defineProperty(error, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  error.code = code;
  return error;
}

// Node: lib/internal/errors.js determineSpecificType
// (as in Node 20.20: an anonymous function is "function ", a string is cut to 25
// characters before quoting, numbers/bigints/symbols are shown without inspect)
function determineSpecificType(value) {
  if (value == null) return '' + value;
  switch (typeof value) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${inspect(value, { depth: -1 })}`;
    case 'string': {
      const shown = value.length > 28 ? `${value.slice(0, 25)}...` : value;
      return shown.includes("'") ? `type string (${JSON.stringify(shown)})` : `type string ('${shown}')`;
    }
    default: {
      let inspected = inspect(value, { colors: false });
      if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
      return `type ${typeof value} (${inspected})`;
    }
  }
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

const messages = {
  ERR_INVALID_ARG_TYPE(name, expected, actual) {
    if (!Array.isArray(expected)) expected = [expected];
    let msg = 'The ';
    if (name.endsWith(' argument')) {
      msg += `${name} `;
    } else {
      const type = name.includes('.') ? 'property' : 'argument';
      msg += `"${name}" ${type} `;
    }
    msg += 'must be ';
    const types = [];
    const instances = [];
    const other = [];
    for (const value of expected) {
      if (kTypes.includes(value)) types.push(value.toLowerCase());
      else if (classRegExp.exec(value) !== null) instances.push(value);
      else other.push(value);
    }
    if (instances.length > 0) {
      const pos = types.indexOf('object');
      if (pos !== -1) {
        types.splice(pos, 1);
        instances.push('Object');
      }
    }
    if (types.length > 0) {
      if (types.length > 2) {
        const last = types.pop();
        msg += `one of type ${types.join(', ')}, or ${last}`;
      } else if (types.length === 2) {
        msg += `one of type ${types[0]} or ${types[1]}`;
      } else {
        msg += `of type ${types[0]}`;
      }
      if (instances.length > 0 || other.length > 0) msg += ' or ';
    }
    if (instances.length > 0) {
      if (instances.length > 2) {
        const last = instances.pop();
        msg += `an instance of ${instances.join(', ')}, or ${last}`;
      } else {
        msg += `an instance of ${instances[0]}`;
        if (instances.length === 2) msg += ` or ${instances[1]}`;
      }
      if (other.length > 0) msg += ' or ';
    }
    if (other.length > 0) {
      if (other.length > 2) {
        const last = other.pop();
        msg += `one of ${other.join(', ')}, or ${last}`;
      } else if (other.length === 2) {
        msg += `one of ${other[0]} or ${other[1]}`;
      } else {
        if (other[0].toLowerCase() !== other[0]) msg += 'an ';
        msg += `${other[0]}`;
      }
    }
    msg += `. Received ${determineSpecificType(actual)}`;
    return msg;
  },
  ERR_INVALID_ARG_VALUE(name, value, reason = 'is invalid') {
    let inspected = inspect(value);
    if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
    const type = name.includes('.') ? 'property' : 'argument';
    return `The ${type} '${name}' ${reason}. Received ${inspected}`;
  },
  ERR_OUT_OF_RANGE(str, range, input, replaceDefaultBoolean = false) {
    let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
    let received;
    if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
      received = addNumericalSeparator(String(input));
    } else if (typeof input === 'bigint') {
      received = String(input);
      if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
      received += 'n';
    } else {
      received = inspect(input);
    }
    return `${msg} It must be ${range}. Received ${received}`;
  },
  ERR_MISSING_ARGS(...args) {
    let msg = 'The ';
    const len = args.length;
    const wrap = (a) => `"${a}"`;
    args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
    switch (len) {
      case 1: msg += `${args[0]} argument`; break;
      case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
      default:
        msg += args.slice(0, len - 1).join(', ');
        msg += `, and ${args[len - 1]} arguments`;
        break;
    }
    return `${msg} must be specified`;
  },
  ERR_INVALID_RETURN_VALUE(input, name, value) {
    return `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`;
  },
  ERR_INVALID_THIS: (type) => `Value of "this" must be of type ${type}`,
  ERR_ILLEGAL_CONSTRUCTOR: () => 'Illegal constructor',
  ERR_METHOD_NOT_IMPLEMENTED: (method) => `The ${method} method is not implemented`,
  // Node passes the already inspected value (events.js emit).
  ERR_UNHANDLED_ERROR(err = undefined) {
    const msg = 'Unhandled error.';
    if (err === undefined) return msg;
    return `${msg} (${err})`;
  },
  ERR_FALSY_VALUE_REJECTION: () => 'Promise was rejected with falsy value',
  ERR_INVALID_STATE: (msg) => `Invalid state: ${msg}`,
  ERR_EVENT_RECURSION: (type) => `The event "${type}" is already being dispatched`,
  ERR_UNKNOWN_ENCODING: (enc) => format('Unknown encoding: %s', enc),
  ERR_INVALID_URI: () => 'URI malformed',
  ERR_INVALID_URL: () => 'Invalid URL',
  ERR_INVALID_URL_SCHEME: (expected) => `The URL must be of scheme ${expected}`,
  ERR_INVALID_FILE_URL_HOST: (platform) => `File URL host must be "localhost" or empty on ${platform}`,
  ERR_INVALID_FILE_URL_PATH: (msg) => `File URL path ${msg}`,
  ERR_INVALID_ARG_VALUE_RANGE: undefined,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: (msg) => msg,
  ERR_PARSE_ARGS_UNKNOWN_OPTION(option, allowPositionals) {
    const suggestDashDash = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
    return `Unknown option '${option}'${suggestDashDash}`;
  },
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: (positional) => `Unexpected argument '${positional}'. This command does not take positional arguments`,
  ERR_SYSTEM_ERROR: (msg) => msg,
  ERR_INVALID_CHAR: (name, field) => (field ? `Invalid character in ${name} ["${field}"]` : `Invalid character in ${name}`),
  ERR_STREAM_PREMATURE_CLOSE: () => 'Premature close',
  ERR_STREAM_WRITE_AFTER_END: () => 'write after end',
  ERR_STREAM_NULL_VALUES: () => 'May not write null values to stream',
  ERR_STREAM_PUSH_AFTER_EOF: () => 'stream.push() after EOF',
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: () => 'stream.unshift() after end event',
  ERR_STREAM_CANNOT_PIPE: () => 'Cannot pipe, not readable',
  ERR_STREAM_ALREADY_FINISHED: (method) => format('Cannot call %s after a stream was finished', method),
  ERR_MULTIPLE_CALLBACK: () => 'Callback called multiple times',
  ERR_INVALID_OBJECT_DEFINE_PROPERTY: (name, msg) => `'${name}' ${msg}`,
  ERR_ASSERTION: (msg) => msg,
  ERR_WORKER_PATH(filename) {
    return 'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'.' +
      (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
      (filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
      ` Received "${filename}"`;
  },
  ERR_AMBIGUOUS_ARGUMENT: (name, reason) => `The "${name}" argument is ambiguous. ${reason}`,
  ERR_ARG_NOT_ITERABLE: (name) => format('%s must be iterable', name),
  ERR_INVALID_TUPLE: (name, tuple) => format('%s must be an iterable %s tuple', name, tuple),
  ERR_PERFORMANCE_INVALID_TIMESTAMP: (timestamp) => format('%d is not a valid timestamp', timestamp),
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS: (msg) => msg,
  ERR_MISSING_OPTION: (name) => `${name} is required`,
  ERR_OPERATION_FAILED: (msg) => `Operation failed: ${msg}`,
  ERR_DIR_CLOSED: () => 'Directory handle was closed',
  ERR_DIR_CONCURRENT_OPERATION: () => 'Cannot do synchronous work on directory handle with concurrent asynchronous operations',
  ERR_FS_FILE_TOO_LARGE: (size) => format('File size (%s) is greater than 2 GiB', size),
  ERR_FS_INVALID_SYMLINK_TYPE: (type) => format('Symlink type must be one of "dir", "file", or "junction". Received "%s"', type),
  ERR_INCOMPATIBLE_OPTION_PAIR: (a, b) => format('Option "%s" cannot be used in combination with option "%s"', a, b),
  ERR_STREAM_DESTROYED: (method) => format('Cannot call %s after a stream was destroyed', method),
  ERR_BUFFER_OUT_OF_BOUNDS: (name = undefined) => (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'),
  ERR_INVALID_BUFFER_SIZE: (size) => format('Buffer size must be a multiple of %s', size),
  ERR_BUFFER_TOO_LARGE: (size) => format('Cannot create a Buffer larger than %s bytes', size),
  ERR_CRYPTO_HASH_FINALIZED: () => 'Digest already called',
  ERR_CRYPTO_HASH_UPDATE_FAILED: () => 'Hash update failed',
  ERR_CRYPTO_INVALID_DIGEST: (digest) => format('Invalid digest: %s', digest),
  ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH: () => 'Input buffers must have the same byte length',
  ERR_FEATURE_UNAVAILABLE_ON_PLATFORM: (feature) => format('The feature %s is unavailable on the current platform, which is being used to run Node.js', feature),
  ERR_USE_AFTER_CLOSE: (name) => format('%s was closed', name),
  ERR_INVALID_CURSOR_POS: () => 'Cannot set cursor row without setting its column',
  ERR_INTERNAL_ASSERTION(message = undefined) {
    const suffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
    return message === undefined ? suffix : `${message}\n${suffix}`;
  },
};

const bases = {
  ERR_INVALID_ARG_TYPE: TypeError,
  ERR_INVALID_ARG_VALUE: TypeError,
  ERR_OUT_OF_RANGE: RangeError,
  ERR_MISSING_ARGS: TypeError,
  ERR_INVALID_RETURN_VALUE: TypeError,
  ERR_INVALID_THIS: TypeError,
  ERR_ILLEGAL_CONSTRUCTOR: TypeError,
  ERR_METHOD_NOT_IMPLEMENTED: Error,
  ERR_UNHANDLED_ERROR: Error,
  ERR_FALSY_VALUE_REJECTION: Error,
  ERR_INVALID_STATE: Error,
  ERR_EVENT_RECURSION: Error,
  ERR_UNKNOWN_ENCODING: TypeError,
  ERR_INVALID_URI: URIError,
  ERR_INVALID_URL: TypeError,
  ERR_INVALID_URL_SCHEME: TypeError,
  ERR_INVALID_FILE_URL_HOST: TypeError,
  ERR_INVALID_FILE_URL_PATH: TypeError,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: TypeError,
  ERR_PARSE_ARGS_UNKNOWN_OPTION: TypeError,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: TypeError,
  ERR_SYSTEM_ERROR: Error,
  ERR_INVALID_CHAR: TypeError,
  ERR_STREAM_PREMATURE_CLOSE: Error,
  ERR_STREAM_WRITE_AFTER_END: Error,
  ERR_STREAM_NULL_VALUES: TypeError,
  ERR_STREAM_PUSH_AFTER_EOF: Error,
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: Error,
  ERR_STREAM_CANNOT_PIPE: Error,
  ERR_STREAM_ALREADY_FINISHED: Error,
  ERR_MULTIPLE_CALLBACK: Error,
  ERR_INVALID_OBJECT_DEFINE_PROPERTY: TypeError,
  ERR_ASSERTION: Error,
  ERR_WORKER_PATH: TypeError,
  ERR_AMBIGUOUS_ARGUMENT: TypeError,
  ERR_ARG_NOT_ITERABLE: TypeError,
  ERR_INVALID_TUPLE: TypeError,
  ERR_PERFORMANCE_INVALID_TIMESTAMP: TypeError,
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS: TypeError,
  ERR_MISSING_OPTION: TypeError,
  ERR_OPERATION_FAILED: Error,
  ERR_DIR_CLOSED: Error,
  ERR_DIR_CONCURRENT_OPERATION: Error,
  ERR_FS_FILE_TOO_LARGE: RangeError,
  ERR_FS_INVALID_SYMLINK_TYPE: Error,
  ERR_INCOMPATIBLE_OPTION_PAIR: TypeError,
  ERR_STREAM_DESTROYED: Error,
  ERR_BUFFER_OUT_OF_BOUNDS: RangeError,
  ERR_INVALID_BUFFER_SIZE: RangeError,
  ERR_BUFFER_TOO_LARGE: RangeError,
  ERR_CRYPTO_HASH_FINALIZED: Error,
  ERR_CRYPTO_HASH_UPDATE_FAILED: Error,
  ERR_CRYPTO_INVALID_DIGEST: TypeError,
  ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH: RangeError,
  ERR_FEATURE_UNAVAILABLE_ON_PLATFORM: TypeError,
  ERR_USE_AFTER_CLOSE: Error,
  ERR_INVALID_CURSOR_POS: TypeError,
  ERR_INTERNAL_ASSERTION: Error,
};

// Own properties some codes add after `code` (Node sets them while building the message).
const extraProps = {
  ERR_INVALID_URL(error, input, base = null) {
    error.input = input;
    if (base != null) error.base = base;
  },
};

/// `new codes.ERR_X(...args)` (or without `new`) makes the coded error with Node's message.
/// `codes.ERR_X.RangeError(...)` etc. pick another base where Node allows several.
const codes = {};
for (const code of Object.keys(messages)) {
  const make = messages[code];
  if (make === undefined) continue;
  const Base = bases[code] || Error;
  const extra = extraProps[code];
  const build = (B, args, hideFrom) => {
    const error = makeNodeError(B, code, make(...args), undefined, hideFrom);
    if (extra !== undefined) extra(error, ...args);
    return error;
  };
  const ctor = function NodeError(...args) { return build(Base, args, ctor); };
  Object.defineProperty(ctor, 'name', { value: code });
  ctor.RangeError = function NodeRangeError(...args) { return build(RangeError, args, ctor.RangeError); };
  ctor.TypeError = function NodeTypeError(...args) { return build(TypeError, args, ctor.TypeError); };
  codes[code] = ctor;
}

/// Node: lib/internal/errors.js SystemError — an error from a system call wrapped in a Node
/// code: message "<prefix>: <syscall> returned <CODE> (<message>) <path> => <dest>", own
/// enumerable `code` and `info` (the context), getter/setter `errno`, `syscall`, `path`, `dest`.
class SystemError extends Error {
  constructor(key, context, prefix) {
    super();
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    this.code = key;
    Object.defineProperties(this, {
      name: { value: 'SystemError', enumerable: false, writable: true, configurable: true },
      message: { value: message, enumerable: false, writable: true, configurable: true },
      info: { value: context, enumerable: true, configurable: true, writable: false },
      errno: {
        get() { return context.errno; },
        set: (value) => { context.errno = value; },
        enumerable: true, configurable: true,
      },
      syscall: {
        get() { return context.syscall; },
        set: (value) => { context.syscall = value; },
        enumerable: true, configurable: true,
      },
    });
    if (context.path !== undefined) {
      Object.defineProperty(this, 'path', {
        get() { return context.path != null ? context.path.toString() : context.path; },
        set: (value) => { context.path = value ? value.toString() : undefined; },
        enumerable: true, configurable: true,
      });
    }
    if (context.dest !== undefined) {
      Object.defineProperty(this, 'dest', {
        get() { return context.dest != null ? context.dest.toString() : context.dest; },
        set: (value) => { context.dest = value ? value.toString() : undefined; },
        enumerable: true, configurable: true,
      });
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

// Node: lib/internal/errors.js makeSystemErrorWithCode — the SystemError codes.
const systemErrorPrefixes = {
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
  ERR_FS_EISDIR: 'Path is a directory',
};
for (const key of Object.keys(systemErrorPrefixes)) {
  const prefix = systemErrorPrefixes[key];
  const ctor = function NodeError(context) {
    const error = new SystemError(key, context, prefix);
    Object.defineProperty(error, 'name', { value: `SystemError [${key}]`, configurable: true, writable: true });
    Error.captureStackTrace(error, ctor);
    void error.stack;
    Object.defineProperty(error, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
    return error;
  };
  Object.defineProperty(ctor, 'name', { value: key });
  codes[key] = ctor;
}

/// Node: lib/internal/errors.js aggregateTwoErrors — both errors, the outer one first, in an
/// AggregateError carrying the outer one's code (or whichever exists).
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

/// Node: lib/internal/errors.js AbortError — name 'AbortError', code 'ABORT_ERR'.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

/// Node: lib/internal/errors.js hideStackFrames — a coded error thrown inside `fn` gets a
/// stack that starts at `fn`'s caller, so validators do not show up in users' stacks.
function hideStackFrames(fn) {
  const wrapped = function(...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (error) {
      if (error !== null && typeof error === 'object' && typeof error.code === 'string' &&
          Object.prototype.hasOwnProperty.call(error, 'code')) {
        const base = error instanceof TypeError ? 'TypeError' : error instanceof RangeError ? 'RangeError' : 'Error';
        Object.defineProperty(error, 'name', { value: `${base} [${error.code}]`, configurable: true, writable: true });
        Error.captureStackTrace(error, wrapped);
        void error.stack;
        delete error.name;
      }
      throw error;
    }
  };
  Object.defineProperty(wrapped, 'name', { value: fn.name });
  return wrapped;
}

module.exports = {
  AbortError,
  SystemError,
  aggregateTwoErrors,
  codes,
  hideStackFrames,
  makeNodeError,
  determineSpecificType,
  addNumericalSeparator,
};
