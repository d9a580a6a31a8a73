// internal/fs/streams (Node: lib/internal/fs/streams.js): fs.ReadStream and fs.WriteStream,
// node:stream Readable/Writable over fs.open/read/write/close (or a FileHandle): `start`,
// `end` (inclusive), `highWaterMark`, `flags`, `mode`, `fd`, `autoClose`, `emitClose`,
// `encoding`, `flush`, custom `fs` methods; 'open' (fd) and 'ready' once opened.
'use strict';

const {
  ERR_INVALID_ARG_TYPE,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_OUT_OF_RANGE,
  ERR_STREAM_DESTROYED,
  ERR_SYSTEM_ERROR,
} = require('internal/errors').codes;
const {
  validateBoolean,
  validateFunction,
  validateInteger,
} = require('internal/validators');
const { Buffer } = require('buffer');
const {
  copyObject,
  getOptions,
  getValidatedFd,
  kEmptyObject,
  lazyLoadFs,
  toPathIfFileURL,
  validatePath,
} = require('internal/fs/utils');
const { kRef, kUnref, FileHandle } = require('internal/fs/promises');
const { Readable, Writable, finished } = require('stream');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

function deprecate(fn, msg, code) {
  let warned = false;
  return function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (typeof process.emitWarning === 'function') process.emitWarning(msg, 'DeprecationWarning', code);
    }
    return Reflect.apply(fn, this, args);
  };
}

// Node: lib/internal/streams/destroy.js errorOrDestroy — destroy with the error when the
// stream auto-destroys, else record it and emit 'error' once.
function errorOrDestroy(stream, err) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (w?.destroyed || r?.destroyed) return;
  if (r?.autoDestroy || w?.autoDestroy) {
    stream.destroy(err);
  } else if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
    if (w) w.errorEmitted = true;
    if (r) r.errorEmitted = true;
    stream.emit('error', err);
  }
}

// Node: lib/internal/fs/streams.js _construct — opens the path (unless an fd was given),
// then emits 'open' (fd) and 'ready'.
function _construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }

  if (stream.open !== openWriteFs && stream.open !== openReadFs) {
    // Backwards compat for monkey patching open().
    const orgEmit = stream.emit;
    stream.emit = function(...args) {
      if (args[0] === 'open') {
        this.emit = orgEmit;
        callback();
        Reflect.apply(orgEmit, this, args);
      } else if (args[0] === 'error') {
        this.emit = orgEmit;
        callback(args[1]);
      } else {
        Reflect.apply(orgEmit, this, args);
      }
    };
    stream.open();
  } else {
    stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
      if (er) {
        callback(er);
      } else {
        stream.fd = fd;
        callback();
        stream.emit('open', stream.fd);
        stream.emit('ready');
      }
    });
  }
}

// Node: lib/internal/fs/streams.js FileHandleOperations — the fs methods for a stream over
// a FileHandle.
const FileHandleOperations = (handle) => {
  return {
    open: (path, flags, mode, cb) => {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close: (fd, cb) => {
      handle[kUnref]();
      handle.close().then(() => cb(), cb);
    },
    fsync: (fd, cb) => {
      handle.sync().then(() => cb(), cb);
    },
    read: (fd, buf, offset, length, pos, cb) => {
      handle.read(buf, offset, length, pos).then(
        (r) => cb(null, r.bytesRead, r.buffer),
        (err) => cb(err, 0, buf));
    },
    write: (fd, buf, offset, length, pos, cb) => {
      handle.write(buf, offset, length, pos).then(
        (r) => cb(null, r.bytesWritten, r.buffer),
        (err) => cb(err, 0, buf));
    },
    writev: (fd, buffers, pos, cb) => {
      handle.writev(buffers, pos).then(
        (r) => cb(null, r.bytesWritten, r.buffers),
        (err) => cb(err, 0, buffers));
    },
  };
};

function close(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => {
      _close(stream, err || flushErr, cb);
    });
  } else {
    _close(stream, err, cb);
  }
}

function _close(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => {
    cb(er || err);
  });
  stream.fd = null;
}

// Node: lib/internal/fs/streams.js importFd — options.fd: a number or a FileHandle.
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || lazyLoadFs();
    return options.fd;
  } else if (typeof options.fd === 'object' && options.fd instanceof FileHandle) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = options.fd;
    stream[kFs] = FileHandleOperations(stream[kHandle]);
    stream[kHandle][kRef]();
    options.fd.on('close', stream.close.bind(stream));
    return options.fd.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// Node: lib/internal/fs/streams.js ReadStream
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);

  // A little bit bigger buffer and water marks by default.
  options = copyObject(getOptions(options, kEmptyObject));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;

  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || lazyLoadFs();
    validateFunction(this[kFs].open, 'options.fs.open');
    // Path will be ignored when fd is specified, so it can be falsy.
    this.path = toPathIfFileURL(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    validatePath(this.path);
  } else {
    this.fd = getValidatedFd(importFd(this, options));
  }

  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');

  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }

  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }

  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() {
    return this._readableState.autoDestroy;
  },
  set(val) {
    this._readableState.autoDestroy = val;
  },
});

const openReadFs = deprecate(function() {
  // Noop.
}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openReadFs;

ReadStream.prototype._construct = _construct;

// Node: lib/internal/fs/streams.js ReadStream.prototype._read — reads up to `n` bytes (never
// past `end`), pushing a right-sized Buffer, or null at EOF.
ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);

  if (n <= 0) {
    this.push(null);
    return;
  }

  const buf = Buffer.allocUnsafeSlow(n);

  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (er, bytesRead, buf) => {
    this[kIsPerformingIO] = false;

    // Tell ._destroy() that it's safe to close the fd now.
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }

    if (er) {
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== buf.length) {
        // Copy instead of slice so that a small read does not keep the big buffer.
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        buf.copy(dst, 0, 0, bytesRead);
        buf = dst;
      }
      this.push(buf);
    } else {
      this.push(null);
    }
  });
};

// Node: lib/internal/fs/streams.js ReadStream.prototype._destroy — waits for a read in
// flight before closing the fd.
ReadStream.prototype._destroy = function(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => close(this, err || er, cb));
  } else {
    close(this, err, cb);
  }
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

// Node: lib/internal/fs/streams.js WriteStream
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);

  options = copyObject(getOptions(options, kEmptyObject));

  // Only buffers are supported.
  options.decodeStrings = true;

  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || lazyLoadFs();
    validateFunction(this[kFs].open, 'options.fs.open');
    this.path = toPathIfFileURL(path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    validatePath(this.path);
  } else {
    this.fd = getValidatedFd(importFd(this, options));
  }

  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  if (!this[kFs].write && !this[kFs].writev) {
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', this[kFs].write);
  }
  if (this[kFs].write) validateFunction(this[kFs].write, 'options.fs.write');
  if (this[kFs].writev) validateFunction(this[kFs].writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');

  this.flush = options.flush;
  if (this.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(this.flush, 'options.flush');
    validateFunction(this[kFs].fsync, 'options.fs.fsync');
  }

  // It's enough to override either, in which case only one will be used.
  if (!this[kFs].write) this._write = null;
  if (!this[kFs].writev) this._writev = null;

  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }

  Reflect.apply(Writable, this, [options]);

  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() {
    return this._writableState.autoDestroy;
  },
  set(val) {
    this._writableState.autoDestroy = val;
  },
});

const openWriteFs = deprecate(function() {
  // Noop.
}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWriteFs;

WriteStream.prototype._construct = _construct;

// Node: lib/internal/fs/streams.js writeAll — retries short writes (at most 5 empty ones).
function writeAll(data, size, pos, cb, retries = 0) {
  this[kFs].write(this.fd, data, 0, size, pos, (er, bytesWritten, buffer) => {
    // No data currently available and operation should be retried later.
    if (er?.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) return cb(er || new ERR_STREAM_DESTROYED('write'));

    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos += bytesWritten;

    if (retries > 5) {
      cb(new ERR_SYSTEM_ERROR('write failed'));
    } else if (size) {
      writeAll.call(this, buffer.slice(bytesWritten), size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

// Node: lib/internal/fs/streams.js writevAll
function writevAll(chunks, size, pos, cb, retries = 0) {
  this[kFs].writev(this.fd, chunks, this.pos, (er, bytesWritten, buffers) => {
    if (er?.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) return cb(er || new ERR_STREAM_DESTROYED('writev'));

    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos += bytesWritten;

    if (retries > 5) {
      cb(new ERR_SYSTEM_ERROR('writev failed'));
    } else if (size) {
      writevAll.call(this, [Buffer.concat(buffers).slice(bytesWritten)], size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll.call(this, data, data.length, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      // Tell ._destroy() that it's safe to close the fd now.
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const len = data.length;
  const chunks = new Array(len);
  let size = 0;
  for (let i = 0; i < len; i++) {
    const chunk = data[i].chunk;
    chunks[i] = chunk;
    size += chunk.length;
  }

  this[kIsPerformingIO] = true;
  writevAll.call(this, chunks, size, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += size;
};

// Node: lib/internal/fs/streams.js WriteStream.prototype._destroy
WriteStream.prototype._destroy = function(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => close(this, err || er, cb));
  } else {
    close(this, err, cb);
  }
};

// Node: lib/internal/fs/streams.js WriteStream.prototype.close — ends the stream ('close'
// callback), destroying it on 'finish' when autoClose is off.
WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// There is no shutdown() for files.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

module.exports = {
  ReadStream,
  WriteStream,
};
