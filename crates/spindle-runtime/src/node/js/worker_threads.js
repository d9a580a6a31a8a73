// node:worker_threads (Node: lib/worker_threads.js, lib/internal/worker.js): Worker, the
// worker's own view (isMainThread, parentPort, threadId, workerData) and the port classes.
// Each Worker is an agent on its own thread (crates/spindle-runtime/src/worker/); the
// Worker object talks to its parentPort through an entangled pair of ports.
'use strict';

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const path = require('path');
const binding = require('internal/worker/binding');
const {
  BroadcastChannel, MessageChannel, MessagePort, MessageEvent, createPort, kId, kReportedError, kWorkerPort,
  untransferable,
} = require('internal/worker/io');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_WORKER_PATH, ERR_INVALID_ARG_VALUE }, makeNodeError } =
  require('internal/errors');

const kPort = kWorkerPort;
const kExitCode = Symbol('kExitCode');
const kExited = Symbol('kExited');
const kResourceLimits = Symbol('kResourceLimits');
const kStdio = Symbol('kStdio');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

binding.setWorkerHooks(
  function onOnline(worker) {
    worker.emit('online');
  },
  function onError(worker, error) {
    worker.emit('error', error);
  },
  function onExit(worker, code) {
    worker[kExited] = true;
    worker[kExitCode] = code;
    worker.threadId = -1;
    worker[kPort].close();
    // Node: the parent side's stdio streams end with the worker.
    const stdio = worker[kStdio];
    for (const name of ['stdout', 'stderr']) {
      if (stdio[name] !== null) stdio[name].push(null);
    }
    worker.emit('exit', code);
  },
  // Output of a worker started with `stdout: true` / `stderr: true` (fd 1 or 2).
  function onStdio(worker, fd, chunk) {
    const stream = worker[kStdio][fd === 1 ? 'stdout' : 'stderr'];
    if (stream !== null) stream.push(chunk === null ? null : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  },
  // A web worker reported an exception it did not handle (the web Worker listens).
  function onReportedError(worker, message, filename, lineno, colno) {
    worker.emit(kReportedError, { message, filename, lineno, colno });
  },
);

// Node: lib/internal/worker/io.js ReadableWorkerStdio — the parent's view of a worker's
// output stream (its data arrives through onStdio).
function readableWorkerStdio() {
  const { Readable } = require('stream');
  return new Readable({ read() {} });
}

// Node: lib/internal/worker/io.js WritableWorkerStdio — `worker.stdin`.
function writableWorkerStdio(worker) {
  const { Writable } = require('stream');
  return new Writable({
    write(chunk, encoding, callback) {
      if (!worker[kExited]) binding.writeStdin(worker.threadId, typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
      callback();
    },
    final(callback) {
      if (!worker[kExited]) binding.writeStdin(worker.threadId, null);
      callback();
    },
  });
}

// Node: lib/internal/worker.js Worker constructor — a path (absolute or starting with
// ./ or ../), a file: URL, or code with { eval: true }.
function workerPath(filename, isEval) {
  if (isEval) {
    if (typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('options.eval', true, 'must be false when \'filename\' is not a string');
    }
    return filename;
  }
  if (filename != null && typeof filename === 'object' && typeof filename.href === 'string') {
    return require('url').fileURLToPath(filename);
  }
  if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  }
  if (path.isAbsolute(filename) || /^\.\.?[\\/]/.test(filename)) return path.resolve(filename);
  throw new ERR_WORKER_PATH(filename);
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    const isEval = !!options.eval;
    const file = workerPath(filename, isEval);
    if (options.env != null && typeof options.env !== 'object' && options.env !== SHARE_ENV) {
      throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'],
        options.env);
    }
    if (options.argv !== undefined && !Array.isArray(options.argv)) {
      throw new ERR_INVALID_ARG_TYPE('options.argv', 'Array', options.argv);
    }
    this[kPort] = createPort();
    this[kExited] = false;
    this[kExitCode] = undefined;
    const limits = options.resourceLimits || {};
    // Node: lib/internal/worker.js parseResourceLimits — what `worker.resourceLimits` shows.
    this[kResourceLimits] = {
      maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb ?? -1,
      maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb ?? -1,
      codeRangeSizeMb: limits.codeRangeSizeMb ?? -1,
      stackSizeMb: limits.stackSizeMb ?? 4,
    };
    const extra = {
      argv: options.argv ? options.argv.map(String) : undefined,
      maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
      transferList: options.transferList,
      env: options.env === SHARE_ENV ? undefined : options.env,
      shareEnv: options.env === SHARE_ENV,
      environmentData,
      // Set by the web Worker (internal/worker/web.js): 'classic' or 'module'.
      webType: options.webType,
      webURL: options.webURL,
      webFetch: options.webFetch,
      name: options.name,
      stdout: !!options.stdout,
      stderr: !!options.stderr,
      stdin: !!options.stdin,
    };
    // Node: worker.stdout/stderr always exist; they carry data when the option asked for it
    // (otherwise the worker writes straight to the process's streams, which is what Node's
    // default piping into process.stdout shows). worker.stdin exists with `stdin: true`.
    this[kStdio] = {
      stdout: options.stdout ? readableWorkerStdio() : null,
      stderr: options.stderr ? readableWorkerStdio() : null,
      stdin: options.stdin ? writableWorkerStdio(this) : null,
    };
    const [threadId, portId] = binding.spawn(this, this[kPort], file, isEval, options.workerData, extra);
    this.threadId = threadId;
    this[kPort][kId] = portId;
    // (A block body: the listener returns nothing, so the dispatch has no result to check
    // for a promise.)
    this[kPort].on('message', (data) => { this.emit('message', data); });
    // The Worker itself keeps the loop alive while it runs (until unref()); its port only
    // while someone listens for messages on the Worker (Node: kPublicPort is ref'd by a
    // 'message' listener, so an unref'd worker with one still holds the loop).
    this[kPort].unref();
    this.on('newListener', (event) => {
      if (event === 'message' && this.listenerCount('message') === 0 && !this[kExited]) this[kPort].ref();
    });
    this.on('removeListener', (event) => {
      if (event === 'message' && this.listenerCount('message') === 0 && !this[kExited]) this[kPort].unref();
    });
  }

  // Node's is postMessage(...args), passed on as they came: only their count decides
  // anything beyond the values (the port's missing-argument error; an undefined transfer
  // list is no list).
  postMessage(message, transfer) {
    if (arguments.length === 0) this[kPort].postMessage();
    else this[kPort].postMessage(message, transfer);
  }

  get stdin() {
    return this[kStdio].stdin;
  }

  get stdout() {
    const stdio = this[kStdio];
    if (stdio.stdout === null) {
      stdio.stdout = readableWorkerStdio();
      if (this[kExited]) stdio.stdout.push(null);
    }
    return stdio.stdout;
  }

  get stderr() {
    const stdio = this[kStdio];
    if (stdio.stderr === null) {
      stdio.stderr = readableWorkerStdio();
      if (this[kExited]) stdio.stderr.push(null);
    }
    return stdio.stderr;
  }

  /// The limits the worker runs under; `{}` once it has exited (Node).
  get resourceLimits() {
    return this[kExited] ? {} : this[kResourceLimits];
  }

  /// worker.terminate(): stops the worker; a promise for its exit code.
  terminate(callback) {
    // Node: terminating a worker that already exited resolves with undefined.
    const done = new Promise((resolve) => {
      if (this[kExited]) return resolve(undefined);
      this.once('exit', resolve);
    });
    if (!this[kExited]) binding.terminate(this.threadId);
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      done.then((code) => callback(null, code));
    }
    return done;
  }

  /// worker[Symbol.asyncDispose]() (Node 24: lib/internal/worker.js): terminates the worker, so
  /// `await using` ends it with the scope.
  async [Symbol.asyncDispose]() {
    await this.terminate();
  }

  ref() {
    if (this[kExited]) return;
    binding.setWorkerRef(this.threadId, true);
    if (this.listenerCount('message') > 0) this[kPort].ref();
  }

  unref() {
    if (this[kExited]) return;
    binding.setWorkerRef(this.threadId, false);
    this[kPort].unref();
  }
}
// Node's Worker.prototype.postMessage(...args) has length 0.
Object.defineProperty(Worker.prototype.postMessage, 'length', { value: 0, configurable: true });

let parentPort = null;
if (!binding.isMainThread) {
  parentPort = createPort();
  parentPort[kId] = binding.adoptParentPort(parentPort);
  // A worker's parentPort does not keep the worker alive unless someone listens.
}

// null on the main thread, as in Node.
const workerData = binding.isMainThread ? null : binding.workerData();

/// Node: lib/internal/worker/io.js receiveMessageOnPort — the oldest message that reached
/// `port` and was not delivered yet, taken now as `{ message }` (undefined when none).
function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    // Node's message comes from its C++ binding (src/node_messaging.cc).
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance',
      undefined, receiveMessageOnPort);
  }
  return binding.receiveMessageOnPort(port[kId]);
}

/// Node 20: an object marked untransferable is left out of transfer lists (copied instead).
function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferable.add(obj);
}

function moveMessagePortToContext() { throw new Error('moveMessagePortToContext is not supported'); }

// Node: the parent's environment data, copied into a worker when it starts.
const environmentData = (!binding.isMainThread && binding.environmentData()) || new Map();
function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}
function getEnvironmentData(key) {
  return environmentData.get(key);
}

module.exports = {
  isMainThread: binding.isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: {},
  threadId: binding.threadId,
  SHARE_ENV,
  Worker,
  parentPort,
  workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
void MessageEvent;
