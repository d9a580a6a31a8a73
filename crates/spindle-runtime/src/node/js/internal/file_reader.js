// internal/file_reader: FileReader (File API §6) and ProgressEvent (XHR §4.4), as Deno and
// browsers have them (Node 20 has neither). A read takes the blob's bytes through its
// stream, one chunk at a time, and reports in tasks of its own: `loadstart` after the first
// chunk, `progress` for it and then at most every 50 ms, `load` or `error`, and `loadend`. `abort()`
// discards the tasks a read has queued.
'use strict';

const { Event, EventTarget, defineEventHandler, kTrustEvent } = require('internal/event_target');
const { isBlob, kBlob } = require('internal/blob');
const { Buffer } = require('buffer');

const kCreateProgress = Symbol('kCreateProgress');

/// XHR §4.4 ProgressEvent
class ProgressEvent extends Event {
  #lengthComputable;
  #loaded;
  #total;

  constructor(type, init = undefined) {
    if (arguments.length === 0) throw new TypeError('The "type" argument must be specified');
    super(type, init);
    this.#lengthComputable = Boolean(init?.lengthComputable);
    this.#loaded = toUnsignedLongLong(init?.loaded);
    this.#total = toUnsignedLongLong(init?.total);
  }

  get lengthComputable() { return this.#lengthComputable; }
  get loaded() { return this.#loaded; }
  get total() { return this.#total; }
}
Object.defineProperty(ProgressEvent.prototype, Symbol.toStringTag, { value: 'ProgressEvent', configurable: true });

/// WebIDL §3.2.8 unsigned long long (for the ProgressEventInit members; 0 by default).
function toUnsignedLongLong(value) {
  const n = Number(value ?? 0);
  if (!Number.isFinite(n)) return 0;
  const t = Math.trunc(n);
  return t < 0 ? 0 : t;
}

const EMPTY = 0;
const LOADING = 1;
const DONE = 2;

/// File API §6 FileReader
class FileReader extends EventTarget {
  #readyState = EMPTY;
  #result = null;
  #error = null;
  /// The read in progress ({ aborted }), so that abort() can cancel its queued tasks.
  #read = null;

  static {
    for (const [name, value] of [['EMPTY', EMPTY], ['LOADING', LOADING], ['DONE', DONE]]) {
      Object.defineProperty(this, name, { value, enumerable: true });
      Object.defineProperty(this.prototype, name, { value, enumerable: true });
    }
  }

  get readyState() { return this.#readyState; }
  get result() { return this.#result; }
  get error() { return this.#error; }

  readAsArrayBuffer(blob) {
    this.#readOperation(blob, 'ArrayBuffer');
  }

  readAsBinaryString(blob) {
    this.#readOperation(blob, 'BinaryString');
  }

  readAsText(blob, encoding = undefined) {
    this.#readOperation(blob, 'Text', encoding === undefined ? undefined : `${encoding}`);
  }

  readAsDataURL(blob) {
    this.#readOperation(blob, 'DataURL');
  }

  /// §6.2.3 abort()
  abort() {
    if (this.#readyState === EMPTY || this.#readyState === DONE) {
      this.#result = null;
      return;
    }
    this.#readyState = DONE;
    this.#result = null;
    if (this.#read !== null) this.#read.aborted = true;
    this.#read = null;
    this.#fire('abort');
    if (this.#readyState !== LOADING) this.#fire('loadend');
  }

  #fire(type, loaded = 0, total = 0) {
    this.dispatchEvent(new ProgressEvent(type, { lengthComputable: true, loaded, total, [kTrustEvent]: true }));
  }

  /// §6.4 read operation: the blob's chunks, then the result packaged as `type`.
  #readOperation(blob, type, encodingName) {
    if (!isBlob(blob)) {
      throw new TypeError(`Failed to execute 'readAs${type}' on 'FileReader': parameter 1 is not of type 'Blob'.`);
    }
    if (this.#readyState === LOADING) {
      throw new DOMException('The object is already busy reading Blobs.', 'InvalidStateError');
    }
    this.#readyState = LOADING;
    this.#result = null;
    this.#error = null;
    const read = { aborted: false };
    this.#read = read;
    const reader = blob.stream().getReader();
    const total = blob.size;
    const bytes = [];
    let loaded = 0;
    let first = true;
    // "If roughly 50ms have passed since these steps were last invoked": the first chunk
    // always reports progress (as browsers do), later ones at most every 50 ms.
    let lastProgress = -Infinity;
    // "Queue a task" steps run as tasks of their own, skipped once the read is aborted.
    const task = (steps) => setImmediate(() => {
      if (!read.aborted) steps();
    });
    const step = () => {
      reader.read().then(({ value, done }) => {
        if (read.aborted) return;
        if (first) {
          task(() => this.#fire('loadstart', 0, total));
          first = false;
        }
        if (!done) {
          bytes.push(value);
          loaded += value.byteLength;
          if (Date.now() - lastProgress >= 50) {
            lastProgress = Date.now();
            const now = loaded;
            task(() => this.#fire('progress', now, total));
          }
          step();
          return;
        }
        task(() => {
          this.#readyState = DONE;
          this.#read = null;
          try {
            this.#result = packageData(Buffer.concat(bytes, loaded), type, blob[kBlob].type, encodingName);
          } catch (e) {
            this.#error = e;
            this.#fire('error', loaded, total);
            if (this.#readyState !== LOADING) this.#fire('loadend', loaded, total);
            return;
          }
          this.#fire('load', loaded, total);
          if (this.#readyState !== LOADING) this.#fire('loadend', loaded, total);
        });
      }, (e) => {
        if (read.aborted) return;
        task(() => {
          this.#readyState = DONE;
          this.#read = null;
          this.#result = null;
          this.#error = e;
          this.#fire('error', loaded, total);
          if (this.#readyState !== LOADING) this.#fire('loadend', loaded, total);
        });
      });
    };
    step();
  }
}

/// §6.3 package data: the bytes as the read's result type.
function packageData(bytes, type, mimeType, encodingName) {
  switch (type) {
    case 'ArrayBuffer':
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    case 'BinaryString':
      return bytes.toString('latin1');
    case 'DataURL':
      return `data:${mimeType === '' ? 'application/octet-stream' : mimeType};base64,${bytes.toString('base64')}`;
    default:
      return decodeText(bytes, mimeType, encodingName);
  }
}

/// §6.3 package data, Text: the encoding named by the call, else the blob type's charset,
/// else UTF-8; Encoding §6 "decode" lets a byte order mark override it.
function decodeText(bytes, mimeType, encodingName) {
  let label = 'utf-8';
  const named = encodingName === undefined ? undefined : supportedLabel(encodingName);
  if (named !== undefined) {
    label = named;
  } else {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(mimeType);
    if (charset !== null && supportedLabel(charset[1]) !== undefined) label = charset[1];
  }
  if (bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) label = 'utf-8';
  else if (bytes[0] === 0xFE && bytes[1] === 0xFF) label = 'utf-16be';
  else if (bytes[0] === 0xFF && bytes[1] === 0xFE) label = 'utf-16le';
  return new TextDecoder(label).decode(bytes);
}

/// The label if it names an encoding TextDecoder knows.
function supportedLabel(label) {
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return undefined;
  }
}

/// File API §7 FileReaderSync (exposed in workers only): the same reads, synchronously, on
/// the blob's bytes.
class FileReaderSync {
  readAsArrayBuffer(blob) { return readSync(blob, 'ArrayBuffer'); }
  readAsBinaryString(blob) { return readSync(blob, 'BinaryString'); }
  readAsText(blob, encoding = undefined) {
    return readSync(blob, 'Text', encoding === undefined ? undefined : `${encoding}`);
  }
  readAsDataURL(blob) { return readSync(blob, 'DataURL'); }
}
Object.defineProperty(FileReaderSync.prototype, Symbol.toStringTag, { value: 'FileReaderSync', configurable: true });

function readSync(blob, type, encodingName) {
  if (!isBlob(blob)) {
    throw new TypeError(`Failed to execute 'readAs${type}' on 'FileReaderSync': parameter 1 is not of type 'Blob'.`);
  }
  const { bytes, type: mimeType } = blob[kBlob];
  return packageData(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), type, mimeType, encodingName);
}

for (const name of ['readyState', 'result', 'error', 'readAsArrayBuffer', 'readAsBinaryString', 'readAsText',
  'readAsDataURL', 'abort']) {
  Object.defineProperty(FileReader.prototype, name, { enumerable: true });
}
for (const type of ['loadstart', 'progress', 'load', 'abort', 'error', 'loadend']) {
  defineEventHandler(FileReader.prototype, type);
}
Object.defineProperty(FileReader.prototype, Symbol.toStringTag, { value: 'FileReader', configurable: true });
for (const name of ['lengthComputable', 'loaded', 'total']) {
  Object.defineProperty(ProgressEvent.prototype, name, { enumerable: true });
}

module.exports = { FileReader, FileReaderSync, ProgressEvent };
