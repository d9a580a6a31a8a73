// internal/fs/watchers (Node: lib/internal/fs/watchers.js): fs.watch's FSWatcher (an
// EventEmitter over the binding's watch handle) and fsPromises.watch (an async iterator of
// { eventType, filename } that an AbortSignal ends with an AbortError).
'use strict';

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateObject,
} = require('internal/validators');
const {
  abortListenerOptions,
  binding,
  encodeResult,
  getValidatedPath,
  kEmptyObject,
  toBindingPath,
} = require('internal/fs/utils');

const kFSWatchStart = Symbol('kFSWatchStart');

/// The binding's watch error, with Node's `filename` property.
function watchError(err, filename) {
  if (err !== null && typeof err === 'object') err.filename = filename;
  return err;
}

// Node: lib/internal/fs/watchers.js FSWatcher — 'change' (eventType, filename), 'close'
// on the tick after close(), 'error'.
function FSWatcher() {
  EventEmitter.call(this);
  // The binding handle once started; null once closed (Node's FSEvent wrap).
  this._handle = undefined;
}
Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(FSWatcher, EventEmitter);

// Node: lib/internal/fs/watchers.js FSWatcher.prototype[kFSWatchStart] — a no-op once
// started or closed.
FSWatcher.prototype[kFSWatchStart] = function(filename, persistent, recursive, encoding) {
  if (this._handle === null) return; // closed
  if (this._handle !== undefined) return; // already started
  filename = getValidatedPath(filename, 'filename');
  const path = toBindingPath(filename);
  try {
    this._handle = binding.watch(path, !!recursive, (eventType, name) => {
      if (this._handle === null) return;
      this.emit('change', eventType, name == null ? name : encodeResult(name, encoding));
    });
  } catch (err) {
    throw watchError(err, filename);
  }
  if (persistent === false) this._handle.unref();
};

// Kept for compatibility (Node: a no-op stub).
FSWatcher.prototype.start = () => {};

// Node: lib/internal/fs/watchers.js FSWatcher.prototype.close
FSWatcher.prototype.close = function() {
  if (this._handle === null || this._handle === undefined) return;
  this._handle.close();
  this._handle = null;
  process.nextTick(emitCloseNT, this);
};

FSWatcher.prototype.ref = function() {
  if (this._handle) this._handle.ref();
  return this;
};

FSWatcher.prototype.unref = function() {
  if (this._handle) this._handle.unref();
  return this;
};

function emitCloseNT(self) {
  self.emit('close');
}

// Node: lib/internal/fs/watchers.js watch (fs/promises)
async function* watch(filename, options = kEmptyObject) {
  const path = toBindingPath(getValidatedPath(filename));
  validateObject(options, 'options');

  const {
    persistent = true,
    recursive = false,
    encoding = 'utf8',
    signal,
  } = options;

  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');

  if (encoding && !Buffer.isEncoding(encoding) && encoding !== 'buffer') {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
  }

  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });

  let handle = null;
  const events = [];
  let wake = null;
  let failure = null;
  const notify = () => {
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  };
  const oncancel = () => {
    if (handle !== null) handle.close();
    failure = new AbortError(undefined, { cause: signal?.reason });
    notify();
  };

  try {
    if (signal) signal.addEventListener('abort', oncancel, abortListenerOptions({ once: true }));
    try {
      handle = binding.watch(path, recursive, (eventType, name) => {
        events.push({ eventType, filename: name == null ? name : encodeResult(name, encoding) });
        notify();
      });
    } catch (err) {
      throw watchError(err, filename);
    }
    if (!persistent) handle.unref();

    while (!signal?.aborted) {
      while (events.length === 0 && failure === null) {
        await new Promise((resolve) => { wake = resolve; });
      }
      if (failure !== null) throw failure;
      yield events.shift();
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    if (handle !== null) handle.close();
    signal?.removeEventListener('abort', oncancel);
  }
}

module.exports = {
  FSWatcher,
  kFSWatchStart,
  watch,
};
