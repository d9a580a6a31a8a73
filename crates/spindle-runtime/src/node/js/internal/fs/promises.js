// internal/fs/promises (Node: lib/internal/fs/promises.js): node:fs/promises and its
// FileHandle, over Spindle's fs binding. Every function is async, so a bad argument
// rejects the returned promise instead of throwing.
'use strict';

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const pathModule = require('path');
const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  parseFileMode,
  validateAbortSignal,
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateInteger,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  binding,
  constants: { kWriteFileMaxChunkSize },
  fsConstants: constants,
  kEmptyObject,
  bindingPromise,
  copyObject,
  emitRecursiveRmdirWarning,
  encodeReaddirResult,
  encodeResult,
  getBindingPath,
  getDirents,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
  getValidModeNative,
  stringToFlags,
  stringToSymlinkType,
  toBindingPath,
  toBuffer,
  toUint8,
  toUnixTimestamp,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validateOwner,
  validateRmOptions,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
  warnOnNonPortableTemplate,
  writeEncoding,
} = require('internal/fs/utils');
const { opendir: opendirCallback } = require('internal/fs/dir');

const { F_OK } = constants;

const kHandle = Symbol('kHandle');
const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');
const kLocked = Symbol('kLocked');

const SymbolAsyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');

let fsStreams;
function lazyFsStreams() {
  return fsStreams ??= require('internal/fs/streams');
}

let cpModule;
function lazyLoadCp() {
  return cpModule ??= require('internal/fs/cp');
}

let rmModule;
function lazyLoadRm() {
  return rmModule ??= require('internal/fs/rm');
}

/// The binding call `start(req)` as a promise.
function call(start) {
  return bindingPromise(start);
}

/// The fd a FileHandle wraps, closed through the binding (Node's C++ FileHandle).
class FdHandle {
  constructor(fd) {
    this.fd = fd;
  }

  close() {
    return call((req) => binding.close(this.fd, req));
  }
}

// Node: lib/internal/event_target.js EventEmitterMixin — EventEmitter's methods and state
// on a class that does not inherit from EventEmitter.
function EventEmitterMixin(Superclass) {
  class MixedEventEmitter extends Superclass {
    constructor(...args) {
      super(...args);
      EventEmitter.call(this);
    }
  }
  const protoProps = Object.getOwnPropertyDescriptors(EventEmitter.prototype);
  delete protoProps.constructor;
  Object.defineProperties(MixedEventEmitter.prototype, protoProps);
  return MixedEventEmitter;
}

// Node: lib/internal/fs/promises.js FileHandle
class FileHandle extends EventEmitterMixin(class {}) {
  constructor(filehandle) {
    super();
    this[kHandle] = filehandle;
    this[kFd] = filehandle ? filehandle.fd : -1;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(writeFile, this, data, options);
  }

  chmod(mode) {
    return fsCall(fchmod, this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, this);
  }

  sync() {
    return fsCall(fsync, this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, this, buffers, position);
  }

  readFile(options) {
    return fsCall(readFile, this, options);
  }

  readLines(options = undefined) {
    const { Interface } = require('internal/fs/read_lines');
    return new Interface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  stat(options) {
    return fsCall(fstat, this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, this, atime, mtime);
  }

  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(writeFile, this, data, options);
  }

  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];

    this[kRefs]--;
    if (this[kRefs] === 0) {
      this[kFd] = -1;
      this[kClosePromise] = this[kHandle].close().finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseReject] = undefined;
        this[kCloseResolve] = undefined;
      });
    }

    this.emit('close');
    return this[kClosePromise];
  };

  async [SymbolAsyncDispose]() {
    return this.close();
  }

  // Node: lib/internal/fs/promises.js FileHandle.prototype.readableWebStream — a web
  // ReadableStream of the file from the current position (ArrayBuffer chunks; with
  // type 'bytes', a byte stream).
  readableWebStream(options = kEmptyObject) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kLocked] = true;

    if (options.type !== undefined) validateString(options.type, 'options.type');

    const { ReadableStream } = require('stream/web');
    const readFn = (view, offset, length) => this.read(view, offset, length);
    const ondone = () => this[kUnref]();
    let readable;
    if (options.type !== 'bytes') {
      readable = new ReadableStream({
        async pull(controller) {
          const buffer = Buffer.alloc(65536);
          const { bytesRead } = await readFn(buffer, 0, buffer.length);
          if (bytesRead === 0) {
            ondone();
            controller.close();
            return;
          }
          const chunk = new ArrayBuffer(bytesRead);
          new Uint8Array(chunk).set(buffer.subarray(0, bytesRead));
          controller.enqueue(chunk);
        },
        cancel() {
          ondone();
        },
      });
    } else {
      readable = new ReadableStream({
        type: 'bytes',
        autoAllocateChunkSize: 16384,
        async pull(controller) {
          const view = controller.byobRequest.view;
          const { bytesRead } = await readFn(view, view.byteOffset, view.byteLength);
          if (bytesRead === 0) {
            ondone();
            controller.close();
          }
          controller.byobRequest.respond(bytesRead);
        },
        cancel() {
          ondone();
        },
      });
    }

    this[kRef]();
    this.once('close', () => {
      readable.cancel().catch(() => {});
    });
    return readable;
  }

  createReadStream(options = undefined) {
    const { ReadStream } = lazyFsStreams();
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = lazyFsStreams();
    return new WriteStream(undefined, { ...options, fd: this });
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0) {
      this[kFd] = -1;
      this[kHandle].close().then(this[kCloseResolve], this[kCloseReject]);
    }
  }
}

// Node: lib/internal/fs/promises.js handleFdClose — closes after the operation, keeping the
// operation's error first.
async function handleFdClose(fileOpPromise, closeFunc) {
  return fileOpPromise.then(
    (result) => closeFunc().then(() => result),
    (opError) => closeFunc().then(
      () => Promise.reject(opError),
      (closeError) => Promise.reject(aggregateTwoErrors(closeError, opError)),
    ),
  );
}

// Node: lib/internal/fs/promises.js handleFdSync
async function handleFdSync(fileOpPromise, handle) {
  return fileOpPromise.then(
    (result) => handle.sync().then(() => result, (syncError) => Promise.reject(syncError)),
    (opError) => Promise.reject(opError),
  );
}

// Node: lib/internal/fs/promises.js fsCall — a FileHandle operation, refused with EBADF
// ('file closed') once the handle is closed.
async function fsCall(fn, handle, ...args) {
  if (handle.fd === -1) {
    // eslint-disable-next-line no-restricted-syntax
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRef]();
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
}

// Node: lib/internal/streams/utils.js isIterable
function isIterable(obj) {
  if (obj == null) return false;
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}

function isCustomIterable(obj) {
  return isIterable(obj) && !ArrayBuffer.isView(obj) && typeof obj !== 'string';
}

// Node 24: lib/internal/fs/promises.js mkdtempDisposable — a temporary directory whose
// removal `await using` schedules: { path, remove(), [Symbol.asyncDispose]() } on a null
// prototype; the full path is kept in case the process changes directory.
async function mkdtempDisposable(prefix, options) {
  const cwd = process.cwd();
  const path = await mkdtemp(prefix, options);
  const fullPath = pathModule.resolve(cwd, path);
  const remove = async () => {
    await rm(fullPath, { force: true, maxRetries: 0, recursive: true, retryDelay: 0 });
  };
  return {
    __proto__: null,
    path,
    remove,
    async [SymbolAsyncDispose]() {
      await remove();
    },
  };
}

// Node: lib/internal/fs/promises.js writeFileHandle — writes the bytes (or each chunk of
// an iterable) in pieces of at most 512 KiB, checking the signal between writes.
async function writeFileHandle(filehandle, data, signal, encoding) {
  checkAborted(signal);
  if (isCustomIterable(data)) {
    for await (const buf of data) {
      checkAborted(signal);
      const toWrite = ArrayBuffer.isView(buf) ? buf : Buffer.from(buf, encoding || 'utf8');
      let remaining = toWrite.byteLength;
      while (remaining > 0) {
        const writeSize = Math.min(kWriteFileMaxChunkSize, remaining);
        const { bytesWritten } = await write(
          filehandle, toWrite, toWrite.byteLength - remaining, writeSize);
        remaining -= bytesWritten;
        checkAborted(signal);
      }
    }
    return;
  }
  data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let remaining = data.byteLength;
  if (remaining === 0) return;
  do {
    checkAborted(signal);
    const { bytesWritten } = await write(filehandle, data, 0,
                                         Math.min(kWriteFileMaxChunkSize, data.byteLength));
    remaining -= bytesWritten;
    data = new Uint8Array(data.buffer, data.byteOffset + bytesWritten, data.byteLength - bytesWritten);
  } while (remaining > 0);
}

/// The bytes the binding read for readFile, as a Buffer or a string in `encoding`.
function decodeFile(bytes, encoding) {
  const buffer = toBuffer(bytes);
  if (!encoding) return buffer;
  const decoder = new StringDecoder(encoding);
  return decoder.end(buffer);
}

// Node: lib/internal/fs/promises.js readFileHandle — the rest of the file from the current
// position (the binding reads it in one call); the signal is checked before and after.
async function readFileHandle(filehandle, options) {
  const signal = options?.signal;
  const encoding = options?.encoding;
  checkAborted(signal);
  const bytes = await call((req) => binding.readFile(filehandle.fd, 0, req));
  checkAborted(signal);
  return decodeFile(bytes, encoding);
}

// ---- the functions --------------------------------------------------------------------

// Node: lib/internal/fs/promises.js access
async function access(path, mode = F_OK) {
  path = getBindingPath(path);
  mode = getValidModeNative(mode, 'access');
  return call((req) => binding.access(path, mode, req));
}

// Node: lib/internal/fs/promises.js cp
async function cp(src, dest, options) {
  options = validateCpOptions(options);
  src = getBindingPath(src, 'src');
  dest = getBindingPath(dest, 'dest');
  return lazyLoadCp().cpFn(src, dest, options);
}

// Node: lib/internal/fs/promises.js copyFile
async function copyFile(src, dest, mode) {
  src = getBindingPath(src, 'src');
  dest = getBindingPath(dest, 'dest');
  mode = getValidModeNative(mode, 'copyFile');
  return call((req) => binding.copyFile(src, dest, mode, req));
}

// Node: lib/internal/fs/promises.js open — a FileHandle instead of a numeric fd.
async function open(path, flags, mode) {
  path = getBindingPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await call((req) => binding.open(path, flagsNumber, mode, req));
  return new FileHandle(new FdHandle(fd));
}

// Node: lib/internal/fs/promises.js read — (buffer, offset, length, position),
// (buffer, options) or (options).
async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!ArrayBuffer.isView(buffer)) {
    // fh.read(params)
    if (bufferOrParams !== undefined) {
      validateObject(bufferOrParams, 'options', { nullable: true });
    }
    ({
      buffer = Buffer.alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }

  if (offset !== null && typeof offset === 'object') {
    // fh.read(buffer, options)
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offset);
  }

  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }

  length ??= buffer.byteLength - offset;

  if (length === 0) return { __proto__: null, bytesRead: length, buffer };

  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }

  validateOffsetLengthRead(offset, length, buffer.byteLength);

  if (!Number.isSafeInteger(position)) position = -1;

  const bytesRead = (await call((req) =>
    binding.read(handle.fd, toUint8(buffer), offset, length, position, req))) || 0;
  return { __proto__: null, bytesRead, buffer };
}

let fsCallbacks;
function lazyFsCallbacks() {
  return fsCallbacks ??= require('internal/fs/utils').lazyLoadFs();
}

// Node: lib/internal/fs/promises.js readv
async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = await new Promise((resolve, reject) => {
    lazyFsCallbacks().readv(handle.fd, buffers, position, (err, n) => (err ? reject(err) : resolve(n)));
  }) || 0;
  return { __proto__: null, bytesRead, buffers };
}

/// The binding position for a write (numbers only; anything else = current position).
function writePosition(position) {
  return typeof position === 'number' && position >= 0 ? position : -1;
}

// Node: lib/internal/fs/promises.js write — a buffer (buffer, offset, length, position) or
// (buffer, options), or a string (string, position, encoding).
async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };

  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = (await call((req) =>
      binding.write(handle.fd, toUint8(buffer), offset, length, writePosition(position), req))) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }

  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const encoding = writeEncoding(length);
  const bytesWritten = (await call((req) =>
    binding.writeString(handle.fd, buffer, writePosition(offset), encoding, req))) || 0;
  return { __proto__: null, bytesWritten, buffer };
}

// Node: lib/internal/fs/promises.js writev
async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = await new Promise((resolve, reject) => {
    lazyFsCallbacks().writev(handle.fd, buffers, position, (err, n) => (err ? reject(err) : resolve(n)));
  }) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

// Node: lib/internal/fs/promises.js rename
async function rename(oldPath, newPath) {
  oldPath = getBindingPath(oldPath, 'oldPath');
  newPath = getBindingPath(newPath, 'newPath');
  return call((req) => binding.rename(oldPath, newPath, req));
}

// Node: lib/internal/fs/promises.js truncate
async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  return handleFdClose(ftruncate(fd, len), fd.close);
}

// Node: lib/internal/fs/promises.js ftruncate
async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = Math.max(0, len);
  return call((req) => binding.ftruncate(handle.fd, len, req));
}

function validateRmOptionsPromise(path, options, expectDir) {
  return new Promise((resolve, reject) => {
    validateRmOptions(path, options, expectDir, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    });
  });
}

// Node: lib/internal/fs/promises.js rm
async function rm(path, options) {
  path = getValidatedPath(path);
  options = await validateRmOptionsPromise(path, options, false);
  return lazyLoadRm().rmTreePromise(toBindingPath(path), options);
}

// Node: lib/internal/fs/promises.js rmdir
async function rmdir(path, options) {
  path = getBindingPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    emitRecursiveRmdirWarning();
    const stats = await stat(path);
    if (stats.isDirectory()) return lazyLoadRm().rmTreePromise(path, options);
  }
  return call((req) => binding.rmdir(path, req));
}

// Node: lib/internal/fs/promises.js fdatasync
async function fdatasync(handle) {
  return call((req) => binding.fdatasync(handle.fd, req));
}

// Node: lib/internal/fs/promises.js fsync
async function fsync(handle) {
  return call((req) => binding.fsync(handle.fd, req));
}

// Node: lib/internal/fs/promises.js mkdir — with `recursive`, the first directory created.
async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
  const {
    recursive = false,
    mode = 0o777,
  } = options || kEmptyObject;
  path = getBindingPath(path);
  validateBoolean(recursive, 'options.recursive');
  const parsedMode = parseFileMode(mode, 'mode', 0o777);
  return call((req) => binding.mkdir(path, parsedMode, recursive, req));
}

function readdirBinding(path, encoding, withFileTypes) {
  return bindingPromise((req) => binding.readdir(toBindingPath(path), withFileTypes, req),
                        (result) => encodeReaddirResult(result, encoding, withFileTypes));
}

/// Whether `path` is a directory, following symlinks (Node's internalModuleStat === 1).
function isDirectoryFollowing(path) {
  try {
    return (binding.stat(toBindingPath(path))[1] & constants.S_IFMT) === constants.S_IFDIR;
  } catch {
    return false;
  }
}

// Node: lib/internal/fs/promises.js readdirRecursive (depth first, a stack of directories)
async function readdirRecursive(originalPath, options) {
  const result = [];
  const queue = [[originalPath, await readdirBinding(originalPath, options.encoding, !!options.withFileTypes)]];

  if (options.withFileTypes) {
    while (queue.length > 0) {
      const { 0: path, 1: entries } = queue.pop();
      for (const dirent of getDirents(path, entries)) {
        result.push(dirent);
        if (dirent.isDirectory()) {
          const direntPath = pathModule.join(path, dirent.name);
          queue.push([direntPath, await readdirBinding(direntPath, options.encoding, true)]);
        }
      }
    }
  } else {
    while (queue.length > 0) {
      const { 0: path, 1: entries } = queue.pop();
      for (const ent of entries) {
        const direntPath = pathModule.join(path, ent);
        result.push(pathModule.relative(originalPath, direntPath));
        if (isDirectoryFollowing(direntPath)) {
          queue.push([direntPath, await readdirBinding(direntPath, options.encoding, false)]);
        }
      }
    }
  }
  return result;
}

// Node: lib/internal/fs/promises.js readdir
async function readdir(path, options) {
  options = getOptions(options);
  options = copyObject(options);
  path = getValidatedPath(path);
  if (options.recursive) return readdirRecursive(path, options);
  const withFileTypes = !!options.withFileTypes;
  const result = await readdirBinding(path, options.encoding, withFileTypes);
  if (!withFileTypes) return result;
  return new Promise((resolve, reject) => {
    getDirents(path, result, (err, dirents) => (err ? reject(err) : resolve(dirents)));
  });
}

// Node: lib/internal/fs/promises.js readlink
async function readlink(path, options) {
  options = getOptions(options);
  path = getBindingPath(path, 'oldPath');
  return bindingPromise((req) => binding.readlink(path, req),
                        (target) => encodeResult(target, options.encoding));
}

// Node: lib/internal/fs/promises.js symlink
async function symlink(target, path, type_) {
  const type = (typeof type_ === 'string' ? type_ : null);
  target = getBindingPath(target, 'target');
  path = getBindingPath(path);
  const flags = stringToSymlinkType(type);
  return call((req) => binding.symlink(target, path, flags, req));
}

// Node: lib/internal/fs/promises.js fstat
async function fstat(handle, options = { bigint: false }) {
  const result = await call((req) => binding.fstat(handle.fd, req));
  return getStatsFromBinding(result, options.bigint);
}

// Node: lib/internal/fs/promises.js lstat
async function lstat(path, options = { bigint: false }) {
  path = getBindingPath(path);
  const result = await call((req) => binding.lstat(path, req));
  return getStatsFromBinding(result, options.bigint);
}

// Node: lib/internal/fs/promises.js stat
async function stat(path, options = { bigint: false }) {
  path = getBindingPath(path);
  const result = await call((req) => binding.stat(path, req));
  return getStatsFromBinding(result, options.bigint);
}

// Node: lib/internal/fs/promises.js link
async function link(existingPath, newPath) {
  existingPath = getBindingPath(existingPath, 'existingPath');
  newPath = getBindingPath(newPath, 'newPath');
  return call((req) => binding.link(existingPath, newPath, req));
}

// Node: lib/internal/fs/promises.js unlink
async function unlink(path) {
  path = getBindingPath(path);
  return call((req) => binding.unlink(path, req));
}

// Node: lib/internal/fs/promises.js fchmod
async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return call((req) => binding.fchmod(handle.fd, mode, req));
}

// Node: lib/internal/fs/promises.js chmod
async function chmod(path, mode) {
  path = getBindingPath(path);
  mode = parseFileMode(mode, 'mode');
  return call((req) => binding.chmod(path, mode, req));
}

// Node: lib/internal/fs/promises.js fchown
async function fchown(handle, uid, gid) {
  validateOwner(uid, gid);
  return call((req) => binding.fchown(handle.fd, uid, gid, req));
}

// Node: lib/internal/fs/promises.js chown
async function chown(path, uid, gid) {
  path = getBindingPath(path);
  validateOwner(uid, gid);
  return call((req) => binding.chown(path, uid, gid, req));
}

// Node: lib/internal/fs/promises.js lchown
async function lchown(path, uid, gid) {
  path = getBindingPath(path);
  validateOwner(uid, gid);
  return call((req) => binding.lchown(path, uid, gid, req));
}

// Node: lib/internal/fs/promises.js lchmod (needs O_SYMLINK, which Linux lacks)
async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

// Node: lib/internal/fs/promises.js utimes
async function utimes(path, atime, mtime) {
  path = getBindingPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  return call((req) => binding.utimes(path, a, m, req));
}

// Node: lib/internal/fs/promises.js futimes
async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return call((req) => binding.futimes(handle.fd, atime, mtime, req));
}

// Node: lib/internal/fs/promises.js lutimes
async function lutimes(path, atime, mtime) {
  path = getBindingPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  return call((req) => binding.lutimes(path, a, m, req));
}

// Node: lib/internal/fs/promises.js realpath (the OS's realpath, as fs.realpath.native)
async function realpath(path, options) {
  options = getOptions(options);
  path = getBindingPath(path);
  return bindingPromise((req) => binding.realpath(path, req),
                        (result) => encodeResult(result, options.encoding));
}

// Node: lib/internal/fs/promises.js mkdtemp
async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  const bindingPrefix = toBindingPath(prefix);
  return bindingPromise((req) => binding.mkdtemp(bindingPrefix, req),
                        (result) => encodeResult(result, options.encoding));
}

// Node: lib/internal/fs/promises.js writeFile — data: a string, an ArrayBufferView or an
// (async) iterable of them; path: a path, file: URL or FileHandle.
async function writeFile(path, data, options) {
  options = getOptions(options, {
    encoding: 'utf8',
    mode: 0o666,
    flag: 'w',
    flush: false,
  });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');

  if (!ArrayBuffer.isView(data) && !isCustomIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }

  validateAbortSignal(options.signal);
  if (path instanceof FileHandle) return writeFileHandle(path, data, options.signal, options.encoding);

  checkAborted(options.signal);

  if (options.signal === undefined && !flush && ArrayBuffer.isView(data)) {
    // One binding call does open, write and close.
    const bindingPath = getBindingPath(path);
    const flags = stringToFlags(flag);
    const mode = parseFileMode(options.mode, 'mode', 0o666);
    return call((req) => binding.writeFile(bindingPath, toUint8(data), flags, mode, req));
  }

  const fd = await open(path, flag, options.mode);
  let writeOp = writeFileHandle(fd, data, options.signal, options.encoding);
  if (flush) writeOp = handleFdSync(writeOp, fd);
  return handleFdClose(writeOp, fd.close);
}

// Node: lib/internal/fs/promises.js appendFile
async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

// Node: lib/internal/fs/promises.js readFile
async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';

  if (path instanceof FileHandle) return readFileHandle(path, options);

  checkAborted(options.signal);

  const bindingPath = getBindingPath(path);
  const flags = stringToFlags(flag);
  const bytes = await call((req) => binding.readFile(bindingPath, flags, req));
  checkAborted(options.signal);
  return decodeFile(bytes, options.encoding);
}

// Node: lib/internal/util.js promisify(opendir)
function opendir(path, options) {
  return new Promise((resolve, reject) => {
    opendirCallback(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

// Node: lib/internal/fs/promises.js _watch — an async iterator of { eventType, filename }.
function watch(filename, options = kEmptyObject) {
  return require('internal/fs/watchers').watch(filename, options);
}

module.exports = {
  exports: {
    access,
    copyFile,
    cp,
    open,
    opendir,
    rename,
    truncate,
    rm,
    rmdir,
    mkdir,
    readdir,
    readlink,
    symlink,
    lstat,
    stat,
    link,
    unlink,
    chmod,
    lchmod,
    lchown,
    chown,
    utimes,
    lutimes,
    realpath,
    mkdtemp,
    mkdtempDisposable,
    writeFile,
    appendFile,
    readFile,
    watch,
    constants,
  },

  FileHandle,
  kRef,
  kUnref,
};
