// node:util (Node: lib/util.js, with promisify/deprecate from lib/internal/util.js,
// debuglog from lib/internal/util/debuglog.js and parseArgs from
// lib/internal/util/parse_args/). `inspect`, `format` and `formatWithOptions` come from the
// Rust `internal/util/inspect`, `types` from the Rust `internal/util/types`; the rest is here.
// Not provided (yet): getSystemErrorName/getSystemErrorMap, aborted, MIMEType/MIMEParams,
// transferableAbortSignal/transferableAbortController, parseEnv, _errnoException,
// _exceptionWithHostPort.
'use strict';

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateFunction,
  validateObject,
  validateOneOf,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');
const { inspect, format, formatWithOptions } = require('internal/util/inspect');
const types = require('internal/util/types');

const kCustomInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');

// ---------------------------------------------------------------------------
// inspect's public properties, when the native inspect does not carry them itself.

function defineInspectExtras() {
  if (inspect.custom === undefined) inspect.custom = kCustomInspectSymbol;
  if (!Object.prototype.hasOwnProperty.call(inspect, 'defaultOptions')) {
    const defaults = Object.seal({
      showHidden: false,
      depth: 2,
      colors: false,
      customInspect: true,
      showProxy: false,
      maxArrayLength: 100,
      maxStringLength: 10000,
      breakLength: 80,
      compact: 3,
      sorted: false,
      getters: false,
      numericSeparator: false,
    });
    Object.defineProperty(inspect, 'defaultOptions', {
      get() { return defaults; },
      set(options) {
        validateObject(options, 'options');
        return Object.assign(defaults, options);
      },
      configurable: true,
    });
  }
  if (inspect.colors === undefined) inspect.colors = makeColors();
  if (inspect.styles === undefined) {
    inspect.styles = Object.assign({ __proto__: null }, {
      special: 'cyan',
      number: 'yellow',
      bigint: 'yellow',
      boolean: 'yellow',
      undefined: 'grey',
      null: 'bold',
      string: 'green',
      symbol: 'green',
      date: 'magenta',
      regexp: 'red',
      module: 'underline',
    });
  }
}

// Node: lib/internal/util/inspect.js inspect.colors — [open, close] SGR codes per style.
function makeColors() {
  const fg = 39;
  const bg = 49;
  const colors = {
    __proto__: null,
    reset: [0, 0],
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    blink: [5, 25],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29],
    doubleunderline: [21, 24],
    black: [30, fg],
    red: [31, fg],
    green: [32, fg],
    yellow: [33, fg],
    blue: [34, fg],
    magenta: [35, fg],
    cyan: [36, fg],
    white: [37, fg],
    bgBlack: [40, bg],
    bgRed: [41, bg],
    bgGreen: [42, bg],
    bgYellow: [43, bg],
    bgBlue: [44, bg],
    bgMagenta: [45, bg],
    bgCyan: [46, bg],
    bgWhite: [47, bg],
    framed: [51, 54],
    overlined: [53, 55],
    gray: [90, fg],
    redBright: [91, fg],
    greenBright: [92, fg],
    yellowBright: [93, fg],
    blueBright: [94, fg],
    magentaBright: [95, fg],
    cyanBright: [96, fg],
    whiteBright: [97, fg],
    bgGray: [100, bg],
    bgRedBright: [101, bg],
    bgGreenBright: [102, bg],
    bgYellowBright: [103, bg],
    bgBlueBright: [104, bg],
    bgMagentaBright: [105, bg],
    bgCyanBright: [106, bg],
    bgWhiteBright: [107, bg],
  };
  const aliases = [
    ['gray', 'grey'], ['gray', 'blackBright'], ['bgGray', 'bgGrey'], ['bgGray', 'bgBlackBright'],
    ['dim', 'faint'], ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'],
    ['strikethrough', 'crossedOut'], ['hidden', 'conceal'], ['inverse', 'swapColors'],
    ['inverse', 'swapcolors'], ['doubleunderline', 'doubleUnderline'],
  ];
  for (const [target, alias] of aliases) {
    Object.defineProperty(colors, alias, {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  }
  return colors;
}

defineInspectExtras();

// ---------------------------------------------------------------------------
// Legacy type checks (deprecated in the docs, still exported).

function isBoolean(arg) { return typeof arg === 'boolean'; }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isFunction(arg) { return typeof arg === 'function'; }

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

// Buffer.isBuffer, once Buffer exists; nothing is a Buffer before that.
function isBuffer(value) {
  const Buffer = globalThis.Buffer;
  if (typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function') return Buffer.isBuffer(value);
  return false;
}

let internalDeepEqual;
// Node: lib/util.js isDeepStrictEqual (the comparison lives in internal/util/comparisons).
function isDeepStrictEqual(a, b) {
  if (internalDeepEqual === undefined) {
    internalDeepEqual = require('internal/util/comparisons').isDeepStrictEqual;
  }
  return internalDeepEqual(a, b);
}

// ---------------------------------------------------------------------------
// inherits, _extend, log

// Node: lib/util.js inherits
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Node: lib/util.js _extend — copies source's own enumerable keys, last key first.
function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n) { return String(n).padStart(2, '0'); }

// "26 Feb 16:19:34"
function timestamp() {
  const d = new Date();
  const time = [pad2(d.getHours()), pad2(d.getMinutes()), pad2(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

// Node: lib/util.js log
function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

// ---------------------------------------------------------------------------
// promisify / callbackify

function copyOwnProperties(target, source) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  return Object.defineProperties(target, descriptors);
}

// Node: lib/internal/util.js promisify
function promisify(original) {
  validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyOwnProperties(fn, original);
}

promisify.custom = kCustomPromisifiedSymbol;

// A falsy rejection reason is wrapped so that the callback's `err` is never falsy.
function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const wrapped = new ERR_FALSY_VALUE_REJECTION();
    wrapped.reason = reason;
    reason = wrapped;
  }
  return cb(reason);
}

// Node: lib/util.js callbackify
function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args)
      .then((ret) => process.nextTick(cb, null, ret),
            (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// Node's timers define setTimeout/setImmediate[util.promisify.custom] as the
// timers/promises versions; supply them here if the runtime's timers do not.
function definePromisifiedTimer(name) {
  const timer = globalThis[name];
  if (typeof timer !== 'function' || timer[kCustomPromisifiedSymbol] !== undefined) return;
  Object.defineProperty(timer, kCustomPromisifiedSymbol, {
    enumerable: true,
    configurable: true,
    get() { return require('timers/promises')[name]; },
  });
}
definePromisifiedTimer('setTimeout');
definePromisifiedTimer('setImmediate');

// ---------------------------------------------------------------------------
// deprecate

const codesWarned = new Set();

// process.emitWarning, once the runtime has it.
function emitProcessWarning(...args) {
  if (typeof process.emitWarning === 'function') process.emitWarning(...args);
}

// Node: lib/internal/util.js getDeprecationWarningEmitter — once per wrapper, and once
// per code across wrappers.
function getDeprecationWarningEmitter(code, msg, deprecated) {
  let warned = false;
  return function emitDeprecationWarning() {
    if (warned) return;
    warned = true;
    if (code !== undefined) {
      if (!codesWarned.has(code)) {
        emitProcessWarning(msg, 'DeprecationWarning', code, deprecated);
        codesWarned.add(code);
      }
    } else {
      emitProcessWarning(msg, 'DeprecationWarning', deprecated);
    }
  };
}

// Node: lib/internal/util.js deprecate (`useEmitSync`, an internal flag of Node's, is accepted
// and treated like the default asynchronous process.emitWarning).
// eslint-disable-next-line no-unused-vars
function deprecate(fn, msg, code, useEmitSync) {
  if (code !== undefined) validateString(code, 'code');
  const emitDeprecationWarning = getDeprecationWarningEmitter(code, msg, deprecated);

  function deprecated(...args) {
    if (!process.noDeprecation) emitDeprecationWarning();
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---------------------------------------------------------------------------
// Terminal colours: styleText, debuglog

// Node: lib/internal/util/colors.js shouldColorize
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return require('internal/tty').getColorDepth() > 2;
  return Boolean(stream && stream.isTTY && (
    typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

// Node: lib/internal/streams/utils.js isNodeStream / isReadableStream / isWritableStream
function isNodeStream(obj) {
  return Boolean(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isWebStream(obj) {
  if (!obj || isNodeStream(obj)) return false;
  const readable = typeof obj.pipeThrough === 'function' && typeof obj.getReader === 'function' &&
    typeof obj.cancel === 'function';
  const writable = typeof obj.getWriter === 'function' && typeof obj.abort === 'function';
  return readable || writable;
}

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

function styleCodes(key) {
  const codes = inspect.colors[key];
  if (codes == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
  return codes;
}

// Node: lib/util.js styleText (Node 20.20: colours only when `stream` would show them,
// unless validateStream is false; an array of formats is always styled).
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');

  // A runtime without process.stdout yet: treat the default stream as a non-terminal.
  const noStdout = stream === undefined && process.stdout === undefined;
  if (validateStream && !noStdout && !isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const codes = styleCodes(key);
      left += escapeStyleCode(codes[0]);
      right = `${escapeStyleCode(codes[1])}${right}`;
    }
    return `${left}${text}${right}`;
  }

  const codes = styleCodes(format);
  if (validateStream && (!stream || !shouldColorize(stream))) return text;
  return `${escapeStyleCode(codes[0])}${text}${escapeStyleCode(codes[1])}`;
}

// Node: lib/internal/util/inspect.js `ansi` (from chalk/ansi-regex): every ANSI escape sequence.
const ansiPattern = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

// Node: lib/internal/util/inspect.js stripVTControlCharacters
function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(ansiPattern, '');
}

// Lone surrogates become U+FFFD.
function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// Node: lib/internal/util/debuglog.js — NODE_DEBUG is a comma-separated list of section
// names, `*` a wildcard, matched case-insensitively.
let debugEnabledTest;
const debugImpls = { __proto__: null };

function testDebugEnabled(section) {
  if (debugEnabledTest === undefined) {
    const env = process.env ? process.env.NODE_DEBUG : undefined;
    if (env) {
      const source = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*').replaceAll(',', '$|^');
      const regex = new RegExp(`^${source}$`, 'i');
      debugEnabledTest = (str) => regex.exec(str) !== null;
    } else {
      debugEnabledTest = () => false;
    }
  }
  return debugEnabledTest(section);
}

function writeStderr(text) {
  if (process.stderr && typeof process.stderr.write === 'function') {
    process.stderr.write(text);
  } else {
    console.error(text.endsWith('\n') ? text.slice(0, -1) : text);
  }
}

function noop() {}

function debuglogImpl(enabled, section) {
  if (debugImpls[section] === undefined) {
    if (enabled) {
      const pid = process.pid;
      if (section === 'HTTP' || section === 'HTTP2') {
        emitProcessWarning('Setting the NODE_DEBUG environment variable to \'' + section.toLowerCase() +
          '\' can expose sensitive data (such as passwords, tokens and authentication headers) ' +
          'in the resulting log.');
      }
      debugImpls[section] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPID = inspect(pid, { colors });
        writeStderr(format('%s %s: %s\n', section, coloredPID, msg));
      };
    } else {
      debugImpls[section] = noop;
    }
  }
  return debugImpls[section];
}

// Node: lib/internal/util/debuglog.js debuglog — the section is looked up on first use;
// `cb` receives the real logging function then.
function debuglog(set, cb) {
  let enabled;
  function init() {
    set = set.toUpperCase();
    enabled = testDebugEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    get() { return test(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// parseArgs (Node: lib/internal/util/parse_args/parse_args.js and utils.js)

function objectGetOwn(obj, prop) {
  if (Object.prototype.hasOwnProperty.call(obj, prop)) return obj[prop];
}

function optionsGetOwn(options, longOption, prop) {
  if (Object.prototype.hasOwnProperty.call(options, longOption)) return objectGetOwn(options[longOption], prop);
}

// Open Group utility conventions: an option-argument may start with a dash (greedy).
function isOptionValue(value) {
  return value != null;
}

function isOptionLikeValue(value) {
  return value != null && value.length > 1 && value[0] === '-';
}

function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

function isLoneLongOption(arg) {
  return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}

function isLongOptionAndValue(arg) {
  return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}

function isShortGroupStart(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

// '-abc' where '-a' is not a string option: a group of short options.
function isShortOptionGroup(arg, options) {
  if (!isShortGroupStart(arg)) return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

// '-fVALUE' where '-f' is a string option.
function isShortOptionAndValue(arg, options) {
  validateObject(options, 'options');
  if (!isShortGroupStart(arg)) return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

function findLongOptionForShort(shortOption, options) {
  validateObject(options, 'options');
  const entry = Object.entries(options).find(([, config]) => objectGetOwn(config, 'short') === shortOption);
  return entry !== undefined ? entry[0] : shortOption;
}

function useDefaultValueOption(longOption, optionConfig, values) {
  return objectGetOwn(optionConfig, 'default') !== undefined && values[longOption] === undefined;
}

function getMainArgs() {
  const execArgv = process.execArgv || [];
  if (execArgv.includes('-e') || execArgv.includes('--eval') ||
      execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

// Strict mode: `--foo --bar` where --foo takes a value is probably a mistake.
function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    const message = `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(message);
  }
}

// Strict mode: unknown options, a string option without a value, a boolean with one.
function checkOptionUsage(config, token) {
  let name = token.name;
  if (!Object.prototype.hasOwnProperty.call(config.options, name)) {
    const negated = config.allowNegative && name.startsWith('no-');
    if (!negated) throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    name = name.slice(3);
    if (!Object.prototype.hasOwnProperty.call(config.options, name) ||
        optionsGetOwn(config.options, name, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionsGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionsGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(token, options, values, allowNegative) {
  let longOption = token.name;
  let optionValue = token.value;
  if (longOption === '__proto__') return;
  if (allowNegative && longOption.startsWith('no-') && optionValue === undefined) {
    longOption = longOption.slice(3);
    token.name = longOption;
    optionValue = false;
  }
  const newValue = optionValue ?? true;
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption]) values[longOption].push(newValue);
    else values[longOption] = [newValue];
  } else {
    values[longOption] = newValue;
  }
}

function optionToken(name, rawName, index, value, inlineValue) {
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

// Node: lib/internal/util/parse_args/parse_args.js argsToTokens — options (with their
// values), positionals and the '--' terminator, each with its index in `args`.
function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const nextArg = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    if (isLoneShortOption(arg)) {
      const longOption = findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push(optionToken(longOption, arg, index, value, inlineValue));
      if (value != null) ++index;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      // -abc becomes -a -b -c; a string option inside takes the rest: -abfFILE -> -a -b -fFILE.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const longOption = findLongOptionForShort(arg[i], options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${arg[i]}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const longOption = findLongOptionForShort(arg[1], options);
      tokens.push(optionToken(longOption, `-${arg[1]}`, index, arg.slice(2), true));
      continue;
    }

    if (isLoneLongOption(arg)) {
      const longOption = arg.slice(2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push(optionToken(longOption, arg, index, value, inlineValue));
      if (value != null) ++index;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equalIndex = arg.indexOf('=');
      const longOption = arg.slice(2, equalIndex);
      tokens.push(optionToken(longOption, `--${longOption}`, index, arg.slice(equalIndex + 1), true));
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function validateOptionConfig(longOption, optionConfig) {
  validateObject(optionConfig, `options.${longOption}`);
  const optionType = objectGetOwn(optionConfig, 'type');
  validateUnion(optionType, `options.${longOption}.type`, ['string', 'boolean']);

  if (Object.prototype.hasOwnProperty.call(optionConfig, 'short')) {
    const shortOption = optionConfig.short;
    validateString(shortOption, `options.${longOption}.short`);
    if (shortOption.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption, 'must be a single character');
    }
  }

  const multiple = objectGetOwn(optionConfig, 'multiple');
  if (Object.prototype.hasOwnProperty.call(optionConfig, 'multiple')) {
    validateBoolean(multiple, `options.${longOption}.multiple`);
  }

  const defaultValue = objectGetOwn(optionConfig, 'default');
  if (defaultValue !== undefined) {
    let validator;
    if (optionType === 'string') validator = multiple ? validateStringArray : validateString;
    else validator = multiple ? validateBooleanArray : validateBoolean;
    validator(defaultValue, `options.${longOption}.default`);
  }
}

// Node: lib/internal/util/parse_args/parse_args.js parseArgs
function parseArgs(config = {}) {
  const args = objectGetOwn(config, 'args') ?? getMainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [longOption, optionConfig] of Object.entries(options)) {
    validateOptionConfig(longOption, optionConfig);
  }

  const tokens = argsToTokens(args, options);

  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const [longOption, optionConfig] of Object.entries(options)) {
    if (useDefaultValueOption(longOption, optionConfig, result.values) && longOption !== '__proto__') {
      result.values[longOption] = objectGetOwn(optionConfig, 'default');
    }
  }
  return result;
}

// ---------------------------------------------------------------------------

module.exports = {
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  types,
  parseArgs,
  TextDecoder: globalThis.TextDecoder,
  TextEncoder: globalThis.TextEncoder,
};
