// internal/fs/utils (Node: lib/internal/fs/utils.js): what node:fs, node:fs/promises, Dir,
// the file streams and cp share — path and fd validation, flags strings, modes, Stats and
// Dirent, option objects, timestamps, offset/length checks, rm option checks — and the
// glue to Spindle's Rust binding (`internal/fs/binding`): binding paths, encoded names,
// callbacks shaped like Node's FSReqCallback.
'use strict';

const { parseEncoding } = require('internal/util');

const binding = require('internal/fs/binding');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_INVALID_SYMLINK_TYPE,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  hideStackFrames,
  makeNodeError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');
const pathModule = require('path');

const constants = binding.constants;
const {
  F_OK = 0,
  W_OK = 0,
  R_OK = 0,
  X_OK = 0,
  COPYFILE_EXCL,
  COPYFILE_FICLONE,
  COPYFILE_FICLONE_FORCE,
  O_APPEND,
  O_CREAT,
  O_EXCL,
  O_RDONLY,
  O_RDWR,
  O_SYNC,
  O_TRUNC,
  O_WRONLY,
  S_IFBLK,
  S_IFCHR,
  S_IFDIR,
  S_IFIFO,
  S_IFLNK,
  S_IFMT,
  S_IFREG,
  S_IFSOCK,
  UV_FS_SYMLINK_DIR,
  UV_FS_SYMLINK_JUNCTION,
  UV_DIRENT_UNKNOWN,
  UV_DIRENT_FILE,
  UV_DIRENT_DIR,
  UV_DIRENT_LINK,
  UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR,
  UV_DIRENT_BLOCK,
} = constants;

// errno values of os.constants.errno (Linux) used in Node's own fs errors.
const kErrno = { EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22 };

const kType = Symbol('type');
const kStats = Symbol('stats');
const kEmptyObject = Object.freeze({ __proto__: null });

const kMinimumAccessMode = Math.min(F_OK, W_OK, R_OK, X_OK);
const kMaximumAccessMode = F_OK | W_OK | R_OK | X_OK;
const kDefaultCopyMode = 0;
const kMinimumCopyMode = Math.min(kDefaultCopyMode, COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE);
const kMaximumCopyMode = COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE;

// Most platforms don't allow reads or writes >= 2 GiB.
const kIoMaxLength = 2 ** 31 - 1;
const kReadFileUnknownBufferLength = 64 * 1024;
const kReadFileBufferLength = 512 * 1024;
const kWriteFileMaxChunkSize = 512 * 1024;
const kMaxUserId = 2 ** 32 - 1;

// node:fs registers itself here when it loads, so the internal modules (streams, cp, Dir,
// rm) use the very same module object without requiring 'fs' in a cycle.
let fsModule;
function registerFs(fs) {
  fsModule = fs;
}
function lazyLoadFs() {
  if (fsModule === undefined) fsModule = require('fs');
  return fsModule;
}

function isUint8Array(value) {
  return value instanceof Uint8Array;
}

// ---- paths -----------------------------------------------------------------------------

// Node: lib/internal/url.js isURL
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

let fileURLToPathFn;
// Node: lib/internal/url.js toPathIfFileURL
function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  fileURLToPathFn ??= require('url').fileURLToPath;
  return fileURLToPathFn(fileURLOrPath);
}

// Node: lib/internal/fs/utils.js validatePath
function validatePath(path, propName = 'path') {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  const hasNull = typeof path === 'string' ? path.includes('\u0000') : path.includes(0);
  if (hasNull) {
    throw new ERR_INVALID_ARG_VALUE(propName, path,
                                    'must be a string, Uint8Array, or URL without null bytes');
  }
}

// Node: lib/internal/fs/utils.js getValidatedPath — a string or Uint8Array path from a
// path, Buffer or file: URL.
function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return path;
}

/// The JS string the binding takes for a validated path (a Buffer path is UTF-8).
function toBindingPath(path) {
  if (typeof path === 'string') return path;
  return Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString('utf8');
}

/// Validated path as the binding's string (Node: getValidatedPath + toNamespacedPath).
function getBindingPath(fileURLOrPath, propName = 'path') {
  return toBindingPath(getValidatedPath(fileURLOrPath, propName));
}

// Node: lib/internal/fs/utils.js getValidatedFd
function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

/// A Uint8Array over the bytes of any ArrayBufferView (what the binding reads/writes).
function toUint8(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/// A Buffer sharing the memory of a Uint8Array the binding returned.
function toBuffer(u8) {
  if (Buffer.isBuffer(u8)) return u8;
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

/// A name/path string from the binding in the requested encoding (Node encodes results of
/// readdir, readlink, realpath, mkdtemp with options.encoding; 'buffer' gives a Buffer).
function encodeResult(str, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return str;
  const buf = Buffer.from(str, 'utf8');
  if (encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

/// The binding's encoding name for a string write (Node's C++ ParseEncoding: utf8 for
/// anything it does not know).
function writeEncoding(encoding) {
  const parsed = parseEncoding(encoding, 'utf8');
  return parsed === 'buffer' ? 'utf8' : parsed;
}

// ---- callbacks over the binding ------------------------------------------------------

/// The `req` for the binding that calls `callback` like Node's FSReqCallback: (err) on
/// error, (null) for an undefined result, (null, result) otherwise.
function reqFor(callback, map) {
  return (err, result) => {
    if (err) {
      callback(err);
    } else if (map !== undefined) {
      let mapped;
      try {
        mapped = map(result);
      } catch (error) {
        callback(error);
        return;
      }
      callback(null, mapped);
    } else if (result === undefined) {
      callback(null);
    } else {
      callback(null, result);
    }
  };
}

/// Runs `start(req)` (a binding call) as a promise of its (mapped) result.
function bindingPromise(start, map) {
  return new Promise((resolve, reject) => {
    start((err, result) => {
      if (err) reject(err);
      else resolve(map === undefined ? result : map(result));
    });
  });
}

// Node: lib/internal/errors.js uvException for errors JS makes itself (the message
// "CODE: description, syscall 'path'").
const uvDescriptions = {
  EBADF: 'bad file descriptor',
  EEXIST: 'file already exists',
  EINVAL: 'invalid argument',
  EISDIR: 'illegal operation on a directory',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  ENOTEMPTY: 'directory not empty',
};
const uvErrnos = { EBADF: -9, EEXIST: -17, EINVAL: -22, EISDIR: -21, ENOENT: -2, ENOTDIR: -20, ENOTEMPTY: -39 };
function uvException(code, syscall, path, dest) {
  let message = `${code}: ${uvDescriptions[code]}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = uvErrnos[code];
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

let kResistStopPropagation = null;
/// addEventListener options for an abort listener that stopImmediatePropagation() cannot
/// skip (Node's kResistStopPropagation), when internal/event_target provides it.
function abortListenerOptions(extra) {
  if (kResistStopPropagation === null) {
    try {
      kResistStopPropagation = require('internal/event_target').kResistStopPropagation;
    } catch {
      kResistStopPropagation = undefined;
    }
  }
  const options = { __proto__: null, ...extra };
  if (kResistStopPropagation !== undefined) options[kResistStopPropagation] = true;
  return options;
}

// ---- options ----------------------------------------------------------------------------

let bufferIsEncoding;
function assertEncoding(encoding) {
  bufferIsEncoding ??= Buffer.isEncoding;
  if (encoding && !bufferIsEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// Node: lib/internal/fs/utils.js getOptions — a string is the encoding.
function getOptions(options, defaultOptions = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// Node: lib/internal/fs/utils.js stringToFlags
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

// Node: lib/internal/fs/utils.js stringToSymlinkType
function stringToSymlinkType(type) {
  let flags = 0;
  if (typeof type === 'string') {
    switch (type) {
      case 'dir': flags |= UV_FS_SYMLINK_DIR; break;
      case 'junction': flags |= UV_FS_SYMLINK_JUNCTION; break;
      case 'file': break;
      default: throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
    }
  }
  return flags;
}

// Node: lib/internal/fs/utils.js toUnixTimestamp — a Date, number or numeric string as
// fractional seconds.
function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// Node: lib/internal/fs/utils.js validateOffsetLengthRead
function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

// Node: lib/internal/fs/utils.js validateOffsetLengthWrite
function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// Node: lib/internal/fs/utils.js validateBufferArray
function validateBufferArray(buffers, propName = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBuffer.isView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
}

// Node: lib/internal/fs/utils.js validateStringAfterArrayBufferView
function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// Node: lib/internal/fs/utils.js validatePosition
function validatePosition(position, name) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function modeLimits(mode, type) {
  if (type === 'copyFile') return { min: kMinimumCopyMode, max: kMaximumCopyMode, def: mode || kDefaultCopyMode };
  return { min: kMinimumAccessMode, max: kMaximumAccessMode, def: F_OK };
}

// Node: lib/internal/fs/utils.js getValidMode (for cp's options.mode)
function getValidMode(mode, type) {
  const { min, max, def } = modeLimits(mode, type);
  if (mode == null) return def;
  validateInteger(mode, 'mode', min, max);
  return mode;
}

// Node's C++ GetValidMode (src/node_file.cc): access and copyFile check their mode in the
// binding, with these messages.
function getValidModeNative(mode, type) {
  const { min, max, def } = modeLimits(mode, type);
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (!Number.isFinite(mode)) throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range');
  const truncated = Math.trunc(mode);
  if (truncated < min || truncated > max) {
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= ${min} && <= ${max}`);
  }
  return truncated + 0;
}

let nonPortableTemplateWarn = true;
// Node: lib/internal/fs/utils.js warnOnNonPortableTemplate
function warnOnNonPortableTemplate(template) {
  if (nonPortableTemplateWarn &&
      ((typeof template === 'string' && template.endsWith('X')) ||
       (typeof template !== 'string' && template.at(-1) === 0x58))) {
    if (typeof process.emitWarning === 'function') {
      process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                          'For details see: https://nodejs.org/api/fs.html');
    }
    nonPortableTemplateWarn = false;
  }
}

const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

const defaultRmOptions = {
  recursive: false,
  force: false,
  retryDelay: 100,
  maxRetries: 0,
};

const defaultRmdirOptions = {
  retryDelay: 100,
  maxRetries: 0,
  recursive: false,
};

// Node: lib/internal/fs/utils.js validateCpOptions
function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions };
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  options.mode = getValidMode(options.mode, 'copyFile');
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

// Node: lib/internal/fs/utils.js validateRmdirOptions
function validateRmdirOptions(options, defaults = defaultRmdirOptions) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function eisdirForRm(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path,
    syscall: 'rm',
    errno: kErrno.EISDIR,
  });
}

// Node: lib/internal/fs/utils.js validateRmOptions — cb(err, options); cb(false) when
// `expectDir` and the path is not a directory.
function validateRmOptions(path, options, expectDir, cb) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  binding.lstat(toBindingPath(path), (err, stats) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return cb(null, options);
      return cb(err, options);
    }
    const isDirectory = (stats[1] & S_IFMT) === S_IFDIR;
    if (expectDir && !isDirectory) return cb(false);
    if (isDirectory && !options.recursive) return cb(eisdirForRm(path));
    return cb(null, options);
  });
}

// Node: lib/internal/fs/utils.js validateRmOptionsSync
function validateRmOptionsSync(path, options, expectDir) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  if (!options.force || expectDir || !options.recursive) {
    let isDirectory;
    try {
      isDirectory = (binding.lstat(toBindingPath(path))[1] & S_IFMT) === S_IFDIR;
    } catch (err) {
      if (!(options.force && err.code === 'ENOENT')) throw err;
    }
    if (expectDir && !isDirectory) return false;
    if (isDirectory && !options.recursive) throw eisdirForRm(path);
  }
  return options;
}

let recursiveRmdirWarned;
// Node: lib/internal/fs/utils.js emitRecursiveRmdirWarning
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned === undefined) recursiveRmdirWarned = process.noDeprecation;
  if (!recursiveRmdirWarned) {
    if (typeof process.emitWarning === 'function') {
      process.emitWarning(
        'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
        'will be removed. Use fs.rm(path, { recursive: true }) instead',
        'DeprecationWarning',
        'DEP0147');
    }
    recursiveRmdirWarned = true;
  }
}

// ---- Dirent -----------------------------------------------------------------------------

// Node: lib/internal/fs/utils.js Dirent
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// A Dirent whose type came from lstat (the OS reported UV_DIRENT_UNKNOWN).
class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}

for (const name of Reflect.ownKeys(Dirent.prototype)) {
  if (name === 'constructor') continue;
  DirentFromStats.prototype[name] = function() {
    return this[kStats][name]();
  };
}

// Node: lib/internal/fs/utils.js join (a directory path and an entry name, either a string
// or a Buffer).
function join(path, name) {
  if ((typeof path === 'string' || isUint8Array(path)) && name === undefined) return path;
  if (typeof path === 'string' && isUint8Array(name)) {
    const pathBuffer = Buffer.from(pathModule.join(path, pathModule.sep));
    return Buffer.concat([pathBuffer, name]);
  }
  if (typeof path === 'string' && typeof name === 'string') return pathModule.join(path, name);
  if (isUint8Array(path) && isUint8Array(name)) {
    return Buffer.concat([path, Buffer.from(pathModule.sep), name]);
  }
  throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer'], path);
}

// Node: lib/internal/fs/utils.js getDirents — Dirents for the binding's [names, types];
// with a callback, unknown types are lstat'ed asynchronously.
function getDirents(path, { 0: names, 1: types }, callback) {
  const len = names.length;
  if (typeof callback === 'function') {
    let toFinish = 0;
    let called = false;
    const done = (err, value) => {
      if (called) return;
      called = true;
      callback(err, value);
    };
    for (let i = 0; i < len; i++) {
      const type = types[i];
      if (type === UV_DIRENT_UNKNOWN) {
        const name = names[i];
        const idx = i;
        toFinish++;
        let filepath;
        try {
          filepath = join(path, name);
        } catch (err) {
          done(err);
          return;
        }
        binding.lstat(toBindingPath(filepath), (err, stats) => {
          if (err) {
            done(err);
            return;
          }
          names[idx] = new DirentFromStats(name, getStatsFromBinding(stats), path);
          if (--toFinish === 0) done(null, names);
        });
      } else {
        names[i] = new Dirent(names[i], types[i], path);
      }
    }
    if (toFinish === 0) done(null, names);
    return undefined;
  }
  for (let i = 0; i < len; i++) names[i] = getDirent(path, names[i], types[i]);
  return names;
}

// Node: lib/internal/fs/utils.js getDirent (synchronous form)
function getDirent(path, name, type) {
  if (type === UV_DIRENT_UNKNOWN) {
    const filepath = join(path, name);
    const stats = getStatsFromBinding(binding.lstat(toBindingPath(filepath)));
    return new DirentFromStats(name, stats, path);
  }
  return new Dirent(name, type, path);
}

/// The binding's readdir result with names in `encoding` ('buffer' = Buffers).
function encodeReaddirResult(result, encoding, withTypes) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return result;
  if (withTypes) {
    const names = result[0];
    for (let i = 0; i < names.length; i++) names[i] = encodeResult(names[i], encoding);
    return result;
  }
  for (let i = 0; i < result.length; i++) result[i] = encodeResult(result[i], encoding);
  return result;
}

// ---- Stats ------------------------------------------------------------------------------

// Node: lib/internal/fs/utils.js StatsBase
function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() {
  return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function() {
  return this._checkModeProperty(S_IFREG);
};
StatsBase.prototype.isBlockDevice = function() {
  return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function() {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function() {
  return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function() {
  return this._checkModeProperty(S_IFIFO);
};
StatsBase.prototype.isSocket = function() {
  return this._checkModeProperty(S_IFSOCK);
};

const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;

// Node: lib/internal/fs/utils.js dateFromMs (rounded, as Date truncates)
function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

// Node: lib/internal/fs/utils.js BigIntStats
function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  Reflect.apply(StatsBase, this, [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]);
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}

Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);

BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// Node: lib/internal/fs/utils.js Stats
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  Reflect.apply(StatsBase, this, [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}

Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);

Stats.prototype.isFile = StatsBase.prototype.isFile;

Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

function msFromTimeSpec(sec, nsec) {
  return sec * 1000 + nsec / 1e6;
}

// Node: lib/internal/fs/utils.js getStatsFromBinding — the binding's Float64Array(18) as
// Stats, or as BigIntStats when `bigint`.
function getStatsFromBinding(stats, bigint = false) {
  if (bigint) {
    const big = (i) => BigInt(stats[i]);
    const ns = (i) => big(i) * kNsPerSecBigInt + big(i + 1);
    return new BigIntStats(big(0), big(1), big(2), big(3), big(4), big(5), big(6), big(7),
                           big(8), big(9), ns(10), ns(12), ns(14), ns(16));
  }
  return new Stats(stats[0], stats[1], stats[2], stats[3], stats[4], stats[5], stats[6],
                   stats[7], stats[8], stats[9],
                   msFromTimeSpec(stats[10], stats[11]),
                   msFromTimeSpec(stats[12], stats[13]),
                   msFromTimeSpec(stats[14], stats[15]),
                   msFromTimeSpec(stats[16], stats[17]));
}

/// Whether the binding's stat array is of file type `fileType` (S_IF*).
function isFileType(stats, fileType) {
  return (stats[1] & S_IFMT) === fileType;
}

// The chown family's owner check (uid first, then gid), as each of Node's chown functions
// writes it.
function validateOwner(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

module.exports = {
  validateOwner,
  abortListenerOptions,
  binding,
  constants: {
    kIoMaxLength,
    kMaxUserId,
    kReadFileBufferLength,
    kReadFileUnknownBufferLength,
    kWriteFileMaxChunkSize,
  },
  fsConstants: constants,
  kEmptyObject,
  kErrno,
  assertEncoding,
  BigIntStats,
  bindingPromise,
  copyObject,
  Dirent,
  DirentFromStats,
  emitRecursiveRmdirWarning,
  encodeReaddirResult,
  encodeResult,
  getBindingPath,
  getDirent,
  getDirents,
  getOptions,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  getValidMode,
  getValidModeNative,
  isFileType,
  isURL,
  lazyLoadFs,
  registerFs,
  reqFor,
  Stats,
  StatsBase,
  stringToFlags,
  stringToSymlinkType,
  toBindingPath,
  toBuffer,
  toPathIfFileURL,
  toUint8,
  toUnixTimestamp,
  uvException,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead: hideStackFrames(validateOffsetLengthRead),
  validateOffsetLengthWrite: hideStackFrames(validateOffsetLengthWrite),
  validatePath: hideStackFrames(validatePath),
  validatePosition: hideStackFrames(validatePosition),
  validateRmOptions,
  validateRmOptionsSync,
  validateRmdirOptions,
  validateStringAfterArrayBufferView: hideStackFrames(validateStringAfterArrayBufferView),
  warnOnNonPortableTemplate,
  writeEncoding,
};
