// node:fs (Node: lib/fs.js): the callback API, the synchronous API, the `promises` getter,
// `constants`, Stats/Dirent/Dir, the file streams, watch, exists/existsSync and realpath
// (the JS algorithm and `.native`). Every system call goes through Spindle's Rust binding
// `internal/fs/binding` (a `req` function = asynchronous, undefined = synchronous); the
// validation, option handling and error codes are Node's.
'use strict';

const pathModule = require('path');
const { Buffer } = require('buffer');
const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  isInt32,
  parseFileMode,
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const utils = require('internal/fs/utils');
const {
  binding,
  constants: { kIoMaxLength },
  fsConstants: constants,
  kEmptyObject,
  copyObject,
  Dirent,
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
  getValidModeNative,
  isFileType,
  reqFor,
  Stats,
  stringToFlags,
  stringToSymlinkType,
  toBindingPath,
  toBuffer,
  toPathIfFileURL,
  toUint8,
  toUnixTimestamp,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateRmOptions,
  validateRmOptionsSync,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
  warnOnNonPortableTemplate,
  writeEncoding,
} = utils;

const {
  S_IFIFO,
  S_IFLNK,
  S_IFREG,
  S_IFSOCK,
  F_OK,
  R_OK,
  W_OK,
  X_OK,
} = constants;


let truncateWarn = true;
let fs;

// Lazy loaded
let promises = null;
let ReadStream;
let WriteStream;
let FileReadStream;
let FileWriteStream;
let cpModule;
let rmModule;
let watchers;

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol.for('nodejs.util.promisify.customArgs');

function showTruncateDeprecation() {
  if (truncateWarn) {
    if (typeof process.emitWarning === 'function') {
      process.emitWarning(
        'Using fs.truncate with a file descriptor is deprecated. Please use ' +
        'fs.ftruncate with a file descriptor instead.',
        'DeprecationWarning', 'DEP0081');
    }
    truncateWarn = false;
  }
}

// Node: lib/fs.js makeCallback — validates the user's callback.
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

// Node: lib/fs.js makeStatsCallback — the binding's stat array as Stats/BigIntStats.
function makeStatsCallback(cb, bigint) {
  validateFunction(cb, 'cb');
  return (err, stats) => {
    if (err) return cb(err);
    cb(err, getStatsFromBinding(stats, bigint));
  };
}

const isFd = isInt32;

/// Binding position for a read/write: -1 ("current position") for anything not a number or
/// bigint.
function bindingPosition(position) {
  if (typeof position === 'number') return position < 0 ? -1 : Math.trunc(position);
  if (typeof position === 'bigint') return position;
  return -1;
}

// ---- access / exists ------------------------------------------------------------------

// Node: lib/fs.js access
function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getBindingPath(path);
  callback = makeCallback(callback);
  mode = getValidModeNative(mode, 'access');
  binding.access(path, mode, reqFor(callback));
}

// Node: lib/fs.js accessSync
function accessSync(path, mode) {
  path = getBindingPath(path);
  binding.access(path, getValidModeNative(mode, 'access'));
}

// Node: lib/fs.js exists — the callback gets only a boolean.
function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) {
    callback(!err);
  }
  try {
    fs.access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}

Object.defineProperty(exists, kCustomPromisifiedSymbol, {
  value: function exists(path) { // eslint-disable-line func-name-matching
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

// Node: lib/fs.js existsSync — never throws, invalid arguments give false.
function existsSync(path) {
  try {
    path = getBindingPath(path);
  } catch {
    return false;
  }
  try {
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

// ---- readFile -------------------------------------------------------------------------

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal?.reason }));
    return true;
  }
  return false;
}

function isUtf8Encoding(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8';
}

/// Decodes the binding's bytes for readFile: a Buffer, or a string in `encoding`.
function readFileResult(bytes, encoding) {
  const buffer = toBuffer(bytes);
  return encoding ? buffer.toString(encoding) : buffer;
}

// Node: lib/fs.js readFile (ReadFileContext: open, read to the end, close; an aborted
// signal gives an AbortError)
function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const signal = options.signal;
  const done = (err, data) => {
    if (err) {
      callback(err);
      return;
    }
    if (signal?.aborted) {
      callback(new AbortError(undefined, { cause: signal?.reason }));
      return;
    }
    let result;
    try {
      result = typeof data === 'string' ? data : readFileResult(data, encoding);
    } catch (error) {
      callback(error);
      return;
    }
    callback(null, result);
  };
  const start = (target, flags) => {
    if (isUtf8Encoding(encoding)) binding.readFileUtf8(target, flags, done);
    else binding.readFile(target, flags, done);
  };

  if (isFd(path)) {
    process.nextTick(() => {
      if (checkAborted(signal, callback)) return;
      start(path, 0);
    });
    return;
  }
  if (checkAborted(signal, callback)) return;
  const flagsNumber = stringToFlags(options.flag, 'options.flag');
  path = getBindingPath(path);
  start(path, flagsNumber);
}

// Node: lib/fs.js readFileSync (open, fstat for the size, read to the end, close)
function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (isUtf8Encoding(options.encoding)) {
    if (!isInt32(path)) path = getBindingPath(path);
    return binding.readFileUtf8(path, stringToFlags(options.flag));
  }

  const isUserFd = isFd(path);
  const fd = isUserFd ? path : fs.openSync(path, options.flag, 0o666);
  let buffer;
  try {
    const stats = binding.fstat(fd);
    const size = isFileType(stats, S_IFREG) ? stats[8] : 0;
    if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
    buffer = size === 0 ? readUnknownSizeSync(fd) : readKnownSizeSync(fd, size);
  } finally {
    if (!isUserFd) fs.closeSync(fd);
  }
  if (options.encoding) return buffer.toString(options.encoding);
  return buffer;
}

function readKnownSizeSync(fd, size) {
  let buffer = Buffer.allocUnsafe(size);
  let pos = 0;
  let bytesRead;
  do {
    bytesRead = binding.read(fd, buffer, pos, size - pos, -1);
    pos += bytesRead;
  } while (bytesRead !== 0 && pos < size);
  if (pos < size) buffer = buffer.slice(0, pos);
  return buffer;
}

function readUnknownSizeSync(fd) {
  // The kernel lies about many files; read until EOF.
  const buffers = [];
  let pos = 0;
  let bytesRead;
  do {
    const buffer = Buffer.allocUnsafe(8192);
    bytesRead = binding.read(fd, buffer, 0, 8192, -1);
    if (bytesRead !== 0) buffers.push(buffer.slice(0, bytesRead));
    pos += bytesRead;
  } while (bytesRead !== 0);
  return Buffer.concat(buffers, pos);
}

// ---- open / close ---------------------------------------------------------------------

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

// Node: lib/fs.js close
function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.close(fd, reqFor(callback));
}

// Node: lib/fs.js closeSync
function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// Node: lib/fs.js open
function open(path, flags, mode, callback) {
  path = getBindingPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, reqFor(callback));
}

// Node: lib/fs.js openSync
function openSync(path, flags, mode) {
  path = getBindingPath(path);
  return binding.open(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

// ---- read / write ---------------------------------------------------------------------

// Node: lib/fs.js read — (fd, buffer, offset, length, position, cb), (fd, buffer, options,
// cb), (fd, options, cb), (fd, cb); the callback gets (err, bytesRead, buffer).
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);

  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // fs.read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // fs.read(fd, bufferOrParams, callback)
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // fs.read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', { nullable: true });
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? kEmptyObject);
  }

  validateBuffer(buffer);
  validateFunction(callback, 'cb');

  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }

  length |= 0;

  if (length === 0) {
    return process.nextTick(function tick() {
      callback(null, 0, buffer);
    });
  }

  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }

  validateOffsetLengthRead(offset, length, buffer.byteLength);

  if (position == null) position = -1;
  validatePosition(position, 'position');

  binding.read(fd, toUint8(buffer), offset, length, position, (err, bytesRead) => {
    callback(err || null, bytesRead || 0, buffer);
  });
}

Object.defineProperty(read, kCustomPromisifyArgsSymbol, {
  value: ['bytesRead', 'buffer'], enumerable: false,
});

// Node: lib/fs.js readSync
function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);

  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', { nullable: true });
    }
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }

  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }

  length |= 0;
  if (length === 0) return 0;

  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }

  validateOffsetLengthRead(offset, length, buffer.byteLength);

  if (position == null) position = -1;
  validatePosition(position, 'position');

  return binding.read(fd, toUint8(buffer), offset, length, position);
}

/// readv over the binding's read: fills the buffers in order and stops at a short read.
/// `position` null = the current file position.
function readBuffers(fd, buffers, position, req) {
  const views = buffers.map(toUint8);
  const at = (total) => (position === null ? -1 : position + total);
  if (req === undefined) {
    let total = 0;
    for (const view of views) {
      if (view.byteLength === 0) continue;
      const n = binding.read(fd, view, 0, view.byteLength, at(total));
      total += n;
      if (n < view.byteLength) break;
    }
    return total;
  }
  let total = 0;
  let i = 0;
  const next = () => {
    while (i < views.length && views[i].byteLength === 0) i++;
    if (i === views.length) {
      req(null, total);
      return;
    }
    const view = views[i++];
    binding.read(fd, view, 0, view.byteLength, at(total), (err, n) => {
      if (err) {
        req(err);
        return;
      }
      total += n;
      if (n < view.byteLength) req(null, total);
      else next();
    });
  };
  next();
  return undefined;
}

/// writev over the binding's write: writes the buffers in order (each fully), stopping at a
/// short write.
function writeBuffers(fd, buffers, position, req) {
  const views = buffers.map(toUint8);
  const at = (total) => (position === null ? -1 : position + total);
  if (req === undefined) {
    let total = 0;
    for (const view of views) {
      let off = 0;
      while (off < view.byteLength) {
        const n = binding.write(fd, view, off, view.byteLength - off, at(total));
        if (n === 0) return total;
        off += n;
        total += n;
      }
    }
    return total;
  }
  let total = 0;
  let i = 0;
  let off = 0;
  const next = () => {
    while (i < views.length && off >= views[i].byteLength) {
      i++;
      off = 0;
    }
    if (i === views.length) {
      req(null, total);
      return;
    }
    const view = views[i];
    binding.write(fd, view, off, view.byteLength - off, at(total), (err, n) => {
      if (err) {
        req(err);
        return;
      }
      total += n;
      off += n;
      if (n === 0) req(null, total);
      else next();
    });
  };
  next();
  return undefined;
}

// Node: lib/fs.js readv
function readv(fd, buffers, position, callback) {
  function wrapper(err, bytesRead) {
    callback(err || null, bytesRead || 0, buffers);
  }
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  if (typeof position !== 'number') position = null;
  readBuffers(fd, buffers, position, wrapper);
}

Object.defineProperty(readv, kCustomPromisifyArgsSymbol, {
  value: ['bytesRead', 'buffers'], enumerable: false,
});

// Node: lib/fs.js readvSync
function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return readBuffers(fd, buffers, position);
}

// Node: lib/fs.js write — a buffer (fd, buffer, offset, length, position, cb) or
// (fd, buffer, options, cb), or a string (fd, string, position, encoding, cb).
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  function wrapper(err, written) {
    callback(err || null, written || 0, buffer);
  }

  fd = getValidatedFd(fd);

  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    callback ||= position || length || offset;
    validateFunction(callback, 'cb');

    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }

    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.write(fd, toUint8(buffer), offset, length, bindingPosition(position), wrapper);
    return;
  }

  validateStringAfterArrayBufferView(buffer, 'buffer');

  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }

  const str = buffer;
  validateEncoding(str, length);
  callback = position;
  validateFunction(callback, 'cb');
  binding.writeString(fd, str, bindingPosition(offset), writeEncoding(length), wrapper);
}

Object.defineProperty(write, kCustomPromisifyArgsSymbol, {
  value: ['bytesWritten', 'buffer'], enumerable: false,
});

// Node: lib/fs.js writeSync
function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.write(fd, toUint8(buffer), offset, length, bindingPosition(position));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  if (offset === undefined) offset = null;
  return binding.writeString(fd, buffer, bindingPosition(offset), writeEncoding(length));
}

// Node: lib/fs.js writev
function writev(fd, buffers, position, callback) {
  function wrapper(err, written) {
    callback(err || null, written || 0, buffers);
  }
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  writeBuffers(fd, buffers, position, wrapper);
}

Object.defineProperty(writev, kCustomPromisifyArgsSymbol, {
  value: ['bytesWritten', 'buffer'], enumerable: false,
});

// Node: lib/fs.js writevSync
function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return writeBuffers(fd, buffers, position);
}

// ---- rename / truncate ----------------------------------------------------------------

// Node: lib/fs.js rename
function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getBindingPath(oldPath, 'oldPath');
  newPath = getBindingPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, reqFor(callback));
}

// Node: lib/fs.js renameSync
function renameSync(oldPath, newPath) {
  oldPath = getBindingPath(oldPath, 'oldPath');
  newPath = getBindingPath(newPath, 'newPath');
  binding.rename(oldPath, newPath);
}

// Node: lib/fs.js truncate (open 'r+', ftruncate, close)
function truncate(path, len, callback) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return fs.ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  validateFunction(callback, 'cb');
  fs.open(path, 'r+', (er, fd) => {
    if (er) return callback(er);
    binding.ftruncate(fd, len, (er) => {
      fs.close(fd, (er2) => {
        callback(aggregateTwoErrors(er2, er) || null);
      });
    });
  });
}

// Node: lib/fs.js truncateSync
function truncateSync(path, len) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return fs.ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = fs.openSync(path, 'r+');
  try {
    fs.ftruncateSync(fd, len);
  } finally {
    fs.closeSync(fd);
  }
}

// Node: lib/fs.js ftruncate
function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.ftruncate(fd, len, reqFor(callback));
}

// Node: lib/fs.js ftruncateSync
function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  len = Math.max(0, len);
  binding.ftruncate(getValidatedFd(fd), len);
}

// ---- rm / rmdir -----------------------------------------------------------------------

function lazyLoadRm() {
  rmModule ??= require('internal/fs/rm');
  return rmModule;
}

// Node: lib/fs.js rmdir (recursive: deprecated, removes the tree)
function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getBindingPath(path);

  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    validateRmOptions(path, { ...options, force: false }, true, (err, options) => {
      if (err === false) {
        binding.rmdir(path, reqFor(callback));
        return;
      }
      if (err) return callback(err);
      lazyLoadRm().rmTree(path, options, callback);
    });
  } else {
    validateRmdirOptions(options);
    binding.rmdir(path, reqFor(callback));
  }
}

// Node: lib/fs.js rmdirSync
function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmOptionsSync(path, { ...options, force: false }, true);
    if (options !== false) return lazyLoadRm().rmTreeSync(toBindingPath(path), options);
  } else {
    validateRmdirOptions(options);
  }
  binding.rmdir(toBindingPath(path));
}

// Node: lib/fs.js rm (the callback is not validated, as in Node)
function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  validateRmOptions(path, options, false, (err, options) => {
    if (err) return callback(err);
    return lazyLoadRm().rmTree(toBindingPath(path), options, callback);
  });
}

// Node: lib/fs.js rmSync
function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptionsSync(path, options, false);
  return lazyLoadRm().rmTreeSync(toBindingPath(path), options);
}

// ---- fsync ----------------------------------------------------------------------------

// Node: lib/fs.js fdatasync
function fdatasync(fd, callback) {
  callback = makeCallback(callback);
  binding.fdatasync(getValidatedFd(fd), reqFor(callback));
}

// Node: lib/fs.js fdatasyncSync
function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

// Node: lib/fs.js fsync
function fsync(fd, callback) {
  callback = makeCallback(callback);
  binding.fsync(getValidatedFd(fd), reqFor(callback));
}

// Node: lib/fs.js fsyncSync
function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

// ---- mkdir / readdir ------------------------------------------------------------------

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  return { mode, recursive };
}

// Node: lib/fs.js mkdir — with `recursive`, the callback gets the first directory created.
function mkdir(path, options, callback) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'function') {
    callback = options;
  } else {
    ({ mode, recursive } = mkdirOptions(options));
  }
  callback = makeCallback(callback);
  path = getBindingPath(path);
  validateBoolean(recursive, 'options.recursive');
  binding.mkdir(path, parseFileMode(mode, 'mode'), recursive, reqFor(callback));
}

// Node: lib/fs.js mkdirSync
function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getBindingPath(path);
  validateBoolean(recursive, 'options.recursive');
  const result = binding.mkdir(path, parseFileMode(mode, 'mode'), recursive);
  if (recursive) return result;
}

/// Whether `path` is a directory, following symlinks (Node's internalModuleStat === 1).
function isDirectoryFollowing(path) {
  try {
    return (binding.stat(path)[1] & constants.S_IFMT) === constants.S_IFDIR;
  } catch {
    return false;
  }
}

// Node: lib/fs.js readdirSyncRecursive — breadth first; names relative to `basePath`, or
// Dirents whose parentPath is the directory they were found in.
function readdirSyncRecursive(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  const readdirResults = [];
  const pathsQueue = [basePath];

  function readOne(path) {
    const result = encodeReaddirResult(
      binding.readdir(toBindingPath(path), withFileTypes), encoding, withFileTypes);
    if (withFileTypes) {
      const length = result[0].length;
      for (let i = 0; i < length; i++) {
        const dirent = getDirent(path, result[0][i], result[1][i]);
        readdirResults.push(dirent);
        if (dirent.isDirectory()) {
          pathsQueue.push(pathModule.join(dirent.parentPath, dirent.name));
        }
      }
    } else {
      for (let i = 0; i < result.length; i++) {
        const resultPath = pathModule.join(path, result[i]);
        const relativeResultPath = pathModule.relative(basePath, resultPath);
        readdirResults.push(relativeResultPath);
        if (isDirectoryFollowing(resultPath)) pathsQueue.push(resultPath);
      }
    }
  }

  for (let i = 0; i < pathsQueue.length; i++) readOne(pathsQueue[i]);
  return readdirResults;
}

// Node: lib/fs.js readdir (recursive: computed synchronously, as Node 20 does)
function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');

  if (options.recursive) {
    callback(null, readdirSyncRecursive(path, options));
    return;
  }

  const withFileTypes = !!options.withFileTypes;
  binding.readdir(toBindingPath(path), withFileTypes, (err, result) => {
    if (err) {
      callback(err);
      return;
    }
    try {
      result = encodeReaddirResult(result, options.encoding, withFileTypes);
    } catch (error) {
      callback(error);
      return;
    }
    if (!withFileTypes) {
      callback(null, result);
      return;
    }
    getDirents(path, result, callback);
  });
}

// Node: lib/fs.js readdirSync
function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirSyncRecursive(path, options);
  const withFileTypes = !!options.withFileTypes;
  const result = encodeReaddirResult(
    binding.readdir(toBindingPath(path), withFileTypes), options.encoding, withFileTypes);
  return withFileTypes ? getDirents(path, result) : result;
}

// ---- stat -----------------------------------------------------------------------------

// Node: lib/fs.js fstat
function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeStatsCallback(callback, options.bigint);
  binding.fstat(getValidatedFd(fd), callback);
}

// Node: lib/fs.js lstat
function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeStatsCallback(callback, options.bigint);
  path = getBindingPath(path);
  binding.lstat(path, callback);
}

// Node: lib/fs.js stat
function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeStatsCallback(callback, options.bigint);
  path = getBindingPath(path);
  binding.stat(path, callback);
}

// Node: lib/fs.js fstatSync
function fstatSync(fd, options = { bigint: false }) {
  return getStatsFromBinding(binding.fstat(getValidatedFd(fd)), options.bigint);
}

/// A stat call that returns undefined for ENOENT when `throwIfNoEntry` is false (Node's
/// C++ does the same check).
function statOrUndefined(fn, path, options) {
  try {
    return getStatsFromBinding(fn(path), options.bigint);
  } catch (err) {
    if (options.throwIfNoEntry === false && err.code === 'ENOENT') {
      return undefined;
    }
    throw err;
  }
}

// Node: lib/fs.js lstatSync
function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getBindingPath(path);
  return statOrUndefined(binding.lstat, path, options);
}

// Node: lib/fs.js statSync
function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getBindingPath(path);
  return statOrUndefined(binding.stat, path, options);
}

// ---- links ----------------------------------------------------------------------------

// Node: lib/fs.js readlink
function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getBindingPath(path, 'oldPath');
  binding.readlink(path, reqFor(callback, (target) => encodeResult(target, options.encoding)));
}

// Node: lib/fs.js readlinkSync
function readlinkSync(path, options) {
  options = getOptions(options);
  path = getBindingPath(path, 'oldPath');
  return encodeResult(binding.readlink(path), options.encoding);
}

// Node: lib/fs.js symlink (type: 'dir' | 'file' | 'junction', only meaningful on Windows)
function symlink(target, path, type_, callback_) {
  const type = (typeof type_ === 'string' ? type_ : null);
  const callback = makeCallback(arguments[arguments.length - 1]);
  target = getBindingPath(target, 'target');
  path = getBindingPath(path);
  const flags = stringToSymlinkType(type);
  binding.symlink(target, path, flags, reqFor(callback));
}

// Node: lib/fs.js symlinkSync
function symlinkSync(target, path, type) {
  type = (typeof type === 'string' ? type : null);
  target = getBindingPath(target, 'target');
  path = getBindingPath(path);
  binding.symlink(target, path, stringToSymlinkType(type));
}

// Node: lib/fs.js link
function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getBindingPath(existingPath, 'existingPath');
  newPath = getBindingPath(newPath, 'newPath');
  binding.link(existingPath, newPath, reqFor(callback));
}

// Node: lib/fs.js linkSync
function linkSync(existingPath, newPath) {
  existingPath = getBindingPath(existingPath, 'existingPath');
  newPath = getBindingPath(newPath, 'newPath');
  binding.link(existingPath, newPath);
}

// Node: lib/fs.js unlink
function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getBindingPath(path);
  binding.unlink(path, reqFor(callback));
}

// Node: lib/fs.js unlinkSync
function unlinkSync(path) {
  binding.unlink(getBindingPath(path));
}

// ---- modes and times ------------------------------------------------------------------

// Node: lib/fs.js fchmod
function fchmod(fd, mode, callback) {
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(getValidatedFd(fd), mode, reqFor(callback));
}

// Node: lib/fs.js fchmodSync
function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  binding.fchmod(fd, parseFileMode(mode, 'mode'));
}

// Node: lib/fs.js chmod
function chmod(path, mode, callback) {
  path = getBindingPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, reqFor(callback));
}

// Node: lib/fs.js chown
function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getBindingPath(path);
  utils.validateOwner(uid, gid);
  binding.chown(path, uid, gid, reqFor(callback));
}

// Node: lib/fs.js chownSync
function chownSync(path, uid, gid) {
  path = getBindingPath(path);
  utils.validateOwner(uid, gid);
  binding.chown(path, uid, gid);
}

// Node: lib/fs.js lchown
function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getBindingPath(path);
  utils.validateOwner(uid, gid);
  binding.lchown(path, uid, gid, reqFor(callback));
}

// Node: lib/fs.js lchownSync
function lchownSync(path, uid, gid) {
  path = getBindingPath(path);
  utils.validateOwner(uid, gid);
  binding.lchown(path, uid, gid);
}

// Node: lib/fs.js fchown
function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  utils.validateOwner(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, reqFor(callback));
}

// Node: lib/fs.js fchownSync
function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  utils.validateOwner(uid, gid);
  binding.fchown(fd, uid, gid);
}

// Node: lib/fs.js chmodSync
function chmodSync(path, mode) {
  path = getBindingPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode);
}

// Node: lib/fs.js utimes
function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getBindingPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), reqFor(callback));
}

// Node: lib/fs.js utimesSync
function utimesSync(path, atime, mtime) {
  path = getBindingPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

// Node: lib/fs.js futimes
function futimes(fd, atime, mtime, callback) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(getValidatedFd(fd), atime, mtime, reqFor(callback));
}

// Node: lib/fs.js futimesSync
function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

// Node: lib/fs.js lutimes
function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getBindingPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), reqFor(callback));
}

// Node: lib/fs.js lutimesSync
function lutimesSync(path, atime, mtime) {
  path = getBindingPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

// ---- writeFile / appendFile -----------------------------------------------------------

// Node: lib/fs.js writeAll — writes `length` bytes at `offset`, checking `signal` before
// each write, fsyncs when `flush`, closes the fd unless it is the user's.
function writeAll(fd, isUserFd, buffer, offset, length, signal, flush, callback) {
  const finish = (err) => {
    if (isUserFd) callback(err || null);
    else fs.close(fd, (err2) => callback(aggregateTwoErrors(err2, err) || null));
  };
  if (signal?.aborted) {
    finish(new AbortError(undefined, { cause: signal?.reason }));
    return;
  }
  fs.write(fd, buffer, offset, length, null, (writeErr, written) => {
    if (writeErr) {
      finish(writeErr);
    } else if (written === length) {
      if (!flush) {
        finish(null);
      } else {
        fs.fsync(fd, (syncErr) => finish(syncErr));
      }
    } else {
      writeAll(fd, isUserFd, buffer, offset + written, length - written, signal, flush, callback);
    }
  });
}

/// writeFile's data as bytes (strings encoded with options.encoding).
function writeFileData(data, encoding) {
  if (!ArrayBuffer.isView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, encoding || 'utf8');
  }
  return data;
}

// Node: lib/fs.js writeFile
function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, {
    encoding: 'utf8',
    mode: 0o666,
    flag: 'w',
    flush: false,
  });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  data = writeFileData(data, options.encoding);

  if (isFd(path)) {
    writeAll(path, true, data, 0, data.byteLength, options.signal, flush, callback);
    return;
  }

  if (checkAborted(options.signal, callback)) return;

  if (options.signal === undefined && !flush) {
    // One binding call does open, write and close.
    const flags = stringToFlags(flag);
    const mode = parseFileMode(options.mode, 'mode', 0o666);
    binding.writeFile(getBindingPath(path), toUint8(data), flags, mode, reqFor(callback));
    return;
  }

  fs.open(path, flag, options.mode, (openErr, fd) => {
    if (openErr) {
      callback(openErr);
    } else {
      writeAll(fd, false, data, 0, data.byteLength, options.signal, flush, callback);
    }
  });
}

// Node: lib/fs.js writeFileSync
function writeFileSync(path, data, options) {
  options = getOptions(options, {
    encoding: 'utf8',
    mode: 0o666,
    flag: 'w',
    flush: false,
  });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const flag = options.flag || 'w';

  if (typeof data === 'string' && isUtf8Encoding(options.encoding)) {
    if (!isInt32(path)) path = getBindingPath(path);
  }
  data = writeFileData(data, options.encoding);

  if (!flush) {
    const target = isFd(path) ? path : getBindingPath(path);
    binding.writeFile(target, toUint8(data), stringToFlags(flag),
                      parseFileMode(options.mode, 'mode', 0o666));
    return;
  }

  const isUserFd = isFd(path);
  const fd = isUserFd ? path : fs.openSync(path, flag, options.mode);
  let offset = 0;
  let length = data.byteLength;
  try {
    while (length > 0) {
      const written = fs.writeSync(fd, data, offset, length);
      offset += written;
      length -= written;
    }
    fs.fsyncSync(fd);
  } finally {
    if (!isUserFd) fs.closeSync(fd);
  }
}

// Node: lib/fs.js appendFile
function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  // Force append behavior when using a supplied file descriptor.
  if (!options.flag || isFd(path)) options.flag = 'a';
  fs.writeFile(path, data, options, callback);
}

// Node: lib/fs.js appendFileSync
function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  fs.writeFileSync(path, data, options);
}

// ---- watch ----------------------------------------------------------------------------

// Node: lib/fs.js watch — an FSWatcher emitting 'change' (eventType, filename).
function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = getOptions(options);
  options = copyObject(options);
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;

  watchers ??= require('internal/fs/watchers');
  const path = getValidatedPath(filename);
  const watcher = new watchers.FSWatcher();
  watcher[watchers.kFSWatchStart](path, options.persistent, options.recursive, options.encoding);

  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      options.signal.addEventListener('abort', onAbort, utils.abortListenerOptions());
      watcher.once('close', () => {
        options.signal.removeEventListener('abort', onAbort);
      });
    }
  }
  return watcher;
}

// ---- realpath -------------------------------------------------------------------------

// Node: lib/fs.js splitRoot (POSIX)
function splitRoot(str) {
  for (let i = 0; i < str.length; ++i) {
    if (str.charCodeAt(i) !== 47 /* '/' */) return str.slice(0, i);
  }
  return str;
}

// Node: lib/fs.js encodeRealpathResult
function encodeRealpathResult(result, options) {
  if (!options || !options.encoding || options.encoding === 'utf8') return result;
  const asBuffer = Buffer.from(result);
  if (options.encoding === 'buffer') return asBuffer;
  return asBuffer.toString(options.encoding);
}

function nextPart(p, i) {
  return p.indexOf('/', i);
}

/// realpath's starting path: a file: URL, Buffer or string, resolved against the cwd.
function realpathStart(p) {
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  return pathModule.resolve(p);
}

// Node: lib/fs.js realpathSync — walks the path, replacing symlinked parts by their
// targets (lstat, stat, readlink per link).
function realpathSync(p, options) {
  options = getOptions(options);
  p = realpathStart(p);

  const seenLinks = new Map();
  const knownHard = new Set();
  let lastStats;
  let pos;
  let current;
  let base;
  let previous;

  current = base = splitRoot(p);
  pos = current.length;

  while (pos < p.length) {
    const result = nextPart(p, pos);
    previous = current;
    if (result === -1) {
      const last = p.slice(pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += p.slice(pos, result + 1);
      base = previous + p.slice(pos, result);
      pos = result + 1;
    }

    // Continue if not a symlink, break if a pipe/socket.
    if (knownHard.has(base)) {
      if (lastStats !== undefined && (isFileType(lastStats, S_IFIFO) || isFileType(lastStats, S_IFSOCK))) {
        break;
      }
      continue;
    }

    const stats = binding.lstat(base);
    lastStats = stats;
    if (!isFileType(stats, S_IFLNK)) {
      knownHard.add(base);
      continue;
    }

    const id = `${stats[0].toString(32)}:${stats[7].toString(32)}`;
    let linkTarget = null;
    if (seenLinks.has(id)) linkTarget = seenLinks.get(id);
    if (linkTarget === null) {
      lastStats = binding.stat(base);
      linkTarget = binding.readlink(base);
    }
    const resolvedLink = pathModule.resolve(previous, linkTarget);
    seenLinks.set(id, linkTarget);

    // Resolve the link, then start over.
    p = pathModule.resolve(resolvedLink, p.slice(pos));
    current = base = splitRoot(p);
    pos = current.length;
  }

  return encodeRealpathResult(p, options);
}

// Node: lib/fs.js realpathSync.native — the OS's realpath(3).
realpathSync.native = (path, options) => {
  options = getOptions(options);
  path = getBindingPath(path);
  return encodeResult(binding.realpath(path), options.encoding);
};

// Node: lib/fs.js realpath (asynchronous form of the same walk)
function realpath(p, options, callback) {
  if (typeof options === 'function') {
    callback = options;
  } else {
    validateFunction(callback, 'cb');
  }
  options = getOptions(options);
  p = realpathStart(p);

  const seenLinks = new Map();
  const knownHard = new Set();
  let lastStats;
  let pos;
  let current;
  let base;
  let previous;

  current = base = splitRoot(p);
  pos = current.length;
  process.nextTick(LOOP);

  function LOOP() {
    if (pos >= p.length) return callback(null, encodeRealpathResult(p, options));

    const result = nextPart(p, pos);
    previous = current;
    if (result === -1) {
      const last = p.slice(pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += p.slice(pos, result + 1);
      base = previous + p.slice(pos, result);
      pos = result + 1;
    }

    if (knownHard.has(base)) {
      if (lastStats !== undefined && (isFileType(lastStats, S_IFIFO) || isFileType(lastStats, S_IFSOCK))) {
        return callback(null, encodeRealpathResult(p, options));
      }
      return process.nextTick(LOOP);
    }
    return binding.lstat(base, gotStat);
  }

  function gotStat(err, stats) {
    if (err) return callback(err);
    lastStats = stats;
    if (!isFileType(stats, S_IFLNK)) {
      knownHard.add(base);
      return process.nextTick(LOOP);
    }
    const id = `${stats[0].toString(32)}:${stats[7].toString(32)}`;
    if (seenLinks.has(id)) return gotTarget(null, seenLinks.get(id));
    binding.stat(base, (err, targetStats) => {
      if (err) return callback(err);
      lastStats = targetStats;
      binding.readlink(base, (err, target) => {
        seenLinks.set(id, target);
        gotTarget(err, target);
      });
    });
  }

  function gotTarget(err, target) {
    if (err) return callback(err);
    p = pathModule.resolve(pathModule.resolve(previous, target), p.slice(pos));
    current = base = splitRoot(p);
    pos = current.length;
    process.nextTick(LOOP);
  }
}

// Node: lib/fs.js realpath.native
realpath.native = (path, options, callback) => {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getBindingPath(path);
  binding.realpath(path, reqFor(callback, (result) => encodeResult(result, options.encoding)));
};

// ---- mkdtemp / copyFile / cp ----------------------------------------------------------

// Node: lib/fs.js mkdtemp — prefix + six random characters.
function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  binding.mkdtemp(toBindingPath(prefix),
                  reqFor(callback, (result) => encodeResult(result, options.encoding)));
}

// Node: lib/fs.js mkdtempSync
function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeResult(binding.mkdtemp(toBindingPath(prefix)), options.encoding);
}

// Node 24: lib/fs.js mkdtempDisposableSync — { path, remove(), [Symbol.dispose]() } on a
// null prototype, for `using`; the full path is kept in case the process changes directory.
function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  const fullPath = pathModule.resolve(process.cwd(), path);
  const remove = () => {
    rmSync(fullPath, { force: true, maxRetries: 0, recursive: true, retryDelay: 100 });
  };
  return {
    __proto__: null,
    path,
    remove,
    [Symbol.dispose]() {
      remove();
    },
  };
}

// Node: lib/fs.js copyFile (mode: COPYFILE_EXCL | COPYFILE_FICLONE | ...)
function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getBindingPath(src, 'src');
  dest = getBindingPath(dest, 'dest');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, getValidModeNative(mode, 'copyFile'), reqFor(callback));
}

// Node: lib/fs.js copyFileSync
function copyFileSync(src, dest, mode) {
  src = getBindingPath(src, 'src');
  dest = getBindingPath(dest, 'dest');
  binding.copyFile(src, dest, getValidModeNative(mode, 'copyFile'));
}

function lazyLoadCp() {
  cpModule ??= require('internal/fs/cp');
  return cpModule;
}

// Node: lib/fs.js cp — copies a file, a symlink or (recursive) a directory tree.
function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = validateCpOptions(options);
  src = getBindingPath(src, 'src');
  dest = getBindingPath(dest, 'dest');
  // Node: util.callbackify(cpFn) — the callback runs on a later tick with (null, undefined)
  // or the rejection (a falsy one wrapped in ERR_FALSY_VALUE_REJECTION).
  lazyLoadCp().cpFn(src, dest, options).then(
    (value) => process.nextTick(callback, null, value),
    (err) => {
      if (!err) {
        const wrapped = new ERR_FALSY_VALUE_REJECTION();
        wrapped.reason = err;
        err = wrapped;
      }
      process.nextTick(callback, err);
    });
}

// Node: lib/fs.js cpSync
function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  src = getBindingPath(src, 'src');
  dest = getBindingPath(dest, 'dest');
  lazyLoadCp().cpSyncFn(src, dest, options);
}

// ---- streams --------------------------------------------------------------------------

function lazyLoadStreams() {
  if (!ReadStream) {
    ({ ReadStream, WriteStream } = require('internal/fs/streams'));
    FileReadStream = ReadStream;
    FileWriteStream = WriteStream;
  }
}

// Node: lib/fs.js createReadStream
function createReadStream(path, options) {
  lazyLoadStreams();
  return new ReadStream(path, options);
}

// Node: lib/fs.js createWriteStream
function createWriteStream(path, options) {
  lazyLoadStreams();
  return new WriteStream(path, options);
}

module.exports = fs = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  mkdtempDisposableSync,
  open,
  openSync,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get ReadStream() {
    lazyLoadStreams();
    return ReadStream;
  },
  set ReadStream(val) {
    ReadStream = val;
  },
  get WriteStream() {
    lazyLoadStreams();
    return WriteStream;
  },
  set WriteStream(val) {
    WriteStream = val;
  },
  // Legacy names (graceful-fs patches these separately).
  get FileReadStream() {
    lazyLoadStreams();
    return FileReadStream;
  },
  set FileReadStream(val) {
    FileReadStream = val;
  },
  get FileWriteStream() {
    lazyLoadStreams();
    return FileWriteStream;
  },
  set FileWriteStream(val) {
    FileWriteStream = val;
  },

  // For tests
  _toUnixTimestamp: toUnixTimestamp,
};

// Node: lib/internal/util.js defineLazyProperties (Dir, opendir, opendirSync)
for (const name of ['Dir', 'opendir', 'opendirSync']) {
  let value;
  let loaded = false;
  Object.defineProperty(fs, name, {
    enumerable: true,
    configurable: true,
    get() {
      if (!loaded) {
        value = require('internal/fs/dir')[name];
        loaded = true;
      }
      return value;
    },
    set(v) {
      value = v;
      loaded = true;
    },
  });
}

Object.defineProperties(fs, {
  F_OK: { enumerable: true, value: F_OK || 0 },
  R_OK: { enumerable: true, value: R_OK || 0 },
  W_OK: { enumerable: true, value: W_OK || 0 },
  X_OK: { enumerable: true, value: X_OK || 0 },
  constants: {
    configurable: false,
    enumerable: true,
    value: constants,
  },
  promises: {
    configurable: true,
    enumerable: true,
    get() {
      promises ??= require('internal/fs/promises').exports;
      return promises;
    },
  },
});

utils.registerFs(fs);
