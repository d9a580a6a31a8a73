// internal/fs/dir (Node: lib/internal/fs/dir.js): fs.Dir, fs.opendir and fs.opendirSync.
// Node reads a directory stream in batches of `bufferSize` entries; Spindle's binding has
// no directory stream, so opendir reads the entries with one `readdir(path, true)` (the
// directory as it is when opened) and the Dir hands them out in the same batches, with
// Node's callback timing: the first read of a batch completes asynchronously, buffered
// entries arrive on the next tick (callbacks) or at once (readSync).
'use strict';

const pathModule = require('path');
const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateUint32,
} = require('internal/validators');
const {
  binding,
  encodeReaddirResult,
  getDirent,
  getOptions,
  getValidatedPath,
  toBindingPath,
} = require('internal/fs/utils');

const kDirHandle = Symbol('kDirHandle');
const kDirPath = Symbol('kDirPath');
const kDirBufferedEntries = Symbol('kDirBufferedEntries');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirReadImpl = Symbol('kDirReadImpl');
const kDirReadPromisified = Symbol('kDirReadPromisified');
const kDirClosePromisified = Symbol('kDirClosePromisified');
const kDirOperationQueue = Symbol('kDirOperationQueue');

/// The errors of opening a directory carry syscall 'opendir' (the binding's readdir says
/// 'scandir'); Node's synchronous opendir has no path in its message.
function asOpendirError(err, path, withPath) {
  if (err === null || typeof err !== 'object' || err.syscall !== 'scandir') return err;
  const description = String(err.message).replace(/^[^:]*: /, '').replace(/, scandir.*$/s, '');
  let message = `${err.code}: ${description}, opendir`;
  if (withPath) message += ` '${path}'`;
  const error = new Error(message);
  error.errno = err.errno;
  error.code = err.code;
  error.syscall = 'opendir';
  if (withPath) error.path = path;
  return error;
}

/// The open directory: its [names, types] read at opendir, handed out `bufferSize` at a time
/// as a flat [name, type, name, type, ...] batch (Node's DirHandle.read result), null at the
/// end.
class DirHandle {
  constructor(names, types) {
    this.names = names;
    this.types = types;
    this.index = 0;
  }

  nextBatch(encoding, bufferSize) {
    if (this.index >= this.names.length) return null;
    const end = Math.min(this.names.length, this.index + bufferSize);
    const names = this.names.slice(this.index, end);
    encodeReaddirResult(names, encoding, false);
    const batch = [];
    for (let i = 0; i < names.length; i++) batch.push(names[i], this.types[this.index + i]);
    this.index = end;
    return batch;
  }

  read(encoding, bufferSize, req) {
    let batch;
    try {
      batch = this.nextBatch(encoding, bufferSize);
    } catch (err) {
      if (req === undefined) throw err;
      setImmediate(req, err);
      return undefined;
    }
    if (req === undefined) return batch;
    setImmediate(req, null, batch);
    return undefined;
  }

  close(req) {
    this.names = [];
    this.types = [];
    if (req !== undefined) setImmediate(req, null);
  }
}

function openHandleSync(path) {
  try {
    const [names, types] = binding.readdir(toBindingPath(path), true);
    return new DirHandle(names, types);
  } catch (err) {
    throw asOpendirError(err, toBindingPath(path), false);
  }
}

function promisifyCallback(fn) {
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    });
  });
}

// Node: lib/internal/fs/dir.js Dir
class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kDirHandle] = handle;
    this[kDirBufferedEntries] = [];
    this[kDirPath] = path;
    this[kDirClosed] = false;
    // Either null or the operations waiting for the current one.
    this[kDirOperationQueue] = null;
    this[kDirOptions] = {
      bufferSize: 32,
      ...getOptions(options, { encoding: 'utf8' }),
    };
    validateUint32(this[kDirOptions].bufferSize, 'options.bufferSize', true);
    this[kDirReadPromisified] = promisifyCallback((cb) => this[kDirReadImpl](false, cb));
    this[kDirClosePromisified] = promisifyCallback((cb) => this.close(cb));
  }

  get path() {
    return this[kDirPath];
  }

  read(callback) {
    return this[kDirReadImpl](true, callback);
  }

  [kDirReadImpl](maybeSync, callback) {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (callback === undefined) return this[kDirReadPromisified]();
    validateFunction(callback, 'callback');

    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => {
        this[kDirReadImpl](maybeSync, callback);
      });
      return;
    }

    if (this[kDirBufferedEntries].length > 0) {
      try {
        const dirent = this[kDirBufferedEntries].shift();
        if (this[kDirOptions].recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
        if (maybeSync) process.nextTick(callback, null, dirent);
        else callback(null, dirent);
        return;
      } catch (error) {
        return callback(error);
      }
    }

    this[kDirOperationQueue] = [];
    this[kDirHandle].read(this[kDirOptions].encoding, this[kDirOptions].bufferSize, (err, result) => {
      process.nextTick(() => {
        const queue = this[kDirOperationQueue];
        this[kDirOperationQueue] = null;
        for (const op of queue) op();
      });

      if (err || result === null) return callback(err, result);

      try {
        this.processReadResult(this[kDirPath], result);
        const dirent = this[kDirBufferedEntries].shift();
        if (this[kDirOptions].recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
        callback(null, dirent);
      } catch (error) {
        callback(error);
      }
    });
  }

  processReadResult(path, result) {
    for (let i = 0; i < result.length; i += 2) {
      this[kDirBufferedEntries].push(getDirent(path, result[i], result[i + 1]));
    }
  }

  readSyncRecursive(dirent) {
    const path = pathModule.join(dirent.parentPath, dirent.name);
    const handle = openHandleSync(path);
    const result = handle.read(this[kDirOptions].encoding, this[kDirOptions].bufferSize);
    if (result) this.processReadResult(path, result);
    handle.close();
  }

  readSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();

    if (this[kDirBufferedEntries].length > 0) {
      const dirent = this[kDirBufferedEntries].shift();
      if (this[kDirOptions].recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
      return dirent;
    }

    const result = this[kDirHandle].read(this[kDirOptions].encoding, this[kDirOptions].bufferSize);
    if (result === null) return result;
    this.processReadResult(this[kDirPath], result);
    const dirent = this[kDirBufferedEntries].shift();
    if (this[kDirOptions].recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
    return dirent;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed] === true) return Promise.reject(new ERR_DIR_CLOSED());
      return this[kDirClosePromisified]();
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed] === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => {
        this.close(callback);
      });
      return;
    }
    this[kDirClosed] = true;
    this[kDirHandle].close((err) => (err ? callback(err) : callback(null)));
  }

  closeSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kDirClosed] = true;
    this[kDirHandle].close();
  }

  /// dir[Symbol.asyncDispose]() and dir[Symbol.dispose]() (Node 24: lib/internal/fs/dir.js):
  /// close the directory unless it is closed already.
  async [Symbol.asyncDispose]() {
    if (this[kDirClosed] === true) return;
    await this.close();
  }

  [Symbol.dispose]() {
    if (this[kDirClosed] === true) return;
    this.closeSync();
  }

  async* entries() {
    try {
      while (true) {
        const result = await this[kDirReadPromisified]();
        if (result === null) break;
        yield result;
      }
    } finally {
      await this[kDirClosePromisified]();
    }
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  value: Dir.prototype.entries,
  enumerable: false,
  writable: true,
  configurable: true,
});

// Node: lib/internal/fs/dir.js opendir
function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const bindingPath = toBindingPath(path);
  binding.readdir(bindingPath, true, (err, result) => {
    if (err) {
      callback(asOpendirError(err, bindingPath, true));
      return;
    }
    callback(null, new Dir(new DirHandle(result[0], result[1]), path, options));
  });
}

// Node: lib/internal/fs/dir.js opendirSync
function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const handle = openHandleSync(path);
  return new Dir(handle, path, options);
}

module.exports = {
  Dir,
  opendir,
  opendirSync,
};
