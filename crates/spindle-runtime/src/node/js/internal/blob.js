// internal/blob (Node: lib/internal/blob.js, lib/internal/file.js): Blob and File (File API
// §3-4). A blob's bytes are one immutable Uint8Array (slices share it), so the heap counts
// them. Both are serializable platform objects (HTML §2.7): the runtime's structured clone
// (crates/spindle-runtime/src/worker/transfer.rs) recognises them by kBlob and clones them
// through serialize / deserialize below, so a Blob or File posted to a worker or given to
// structuredClone arrives as one (Node 20 turns a cloned File into a Blob; the standard and
// Node 24 keep it a File).
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');

const kBlob = Symbol('kBlob');
const kFile = Symbol('kFile');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const encoder = new TextEncoder();
let decoder;

// §3.1: a type with a character outside U+0020–U+007E is the empty string.
const disallowedTypeCharacters = /[^\u0020-\u007E]/;

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

function isBlob(value) {
  return value != null && typeof value === 'object' && Object.hasOwn(value, kBlob);
}

/// The bytes of a BufferSource, copied (File API §3.1.1 process blob parts: "a copy of the
/// bytes held by the buffer source").
function bufferSourceBytes(part) {
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer, part.byteOffset, part.byteLength).slice();
  }
  return new Uint8Array(part.slice(0));
}

function isBufferSource(part) {
  return ArrayBuffer.isView(part) || part instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && part instanceof SharedArrayBuffer);
}

/// File API §3.1.1 "convert line endings to native" (POSIX: every CR LF and CR is LF).
function convertLineEndingsToNative(s) {
  return s.replace(/\r\n?/g, '\n');
}

/// File API §3.1.1 process blob parts: the bytes of the parts, concatenated.
function processBlobParts(parts, endings) {
  const chunks = [];
  let length = 0;
  for (const part of parts) {
    let bytes;
    if (isBlob(part)) {
      bytes = part[kBlob].bytes;
    } else if (isBufferSource(part)) {
      bytes = bufferSourceBytes(part);
    } else {
      let s = `${part}`;
      if (endings === 'native') s = convertLineEndingsToNative(s);
      bytes = encoder.encode(s);
    }
    chunks.push(bytes);
    length += bytes.byteLength;
  }
  if (chunks.length === 1 && isBlob(parts[0])) return chunks[0];
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/// The WebIDL conversions of `sequence<BlobPart>` and `BlobPropertyBag` Node does.
function convertBlobArguments(sources, options) {
  if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
  }
  if (options != null && typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
  }
  const parts = [...sources];
  const endings = options?.endings === undefined ? 'transparent' : `${options.endings}`;
  const type = options?.type === undefined ? '' : options.type;
  if (endings !== 'transparent' && endings !== 'native') {
    throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
  }
  return { parts, endings, type };
}

function blobSlots(self, name) {
  if (!isBlob(self)) throw new ERR_INVALID_THIS(name);
  return self[kBlob];
}

/// File API §3 Blob
class Blob {
  constructor(sources = [], options = undefined) {
    const { parts, endings, type } = convertBlobArguments(sources, options);
    const bytes = processBlobParts(parts, endings);
    Object.defineProperty(this, kBlob, { value: { bytes, type: normalizeType(type) } });
  }

  get type() {
    return blobSlots(this, 'Blob').type;
  }

  get size() {
    return blobSlots(this, 'Blob').bytes.byteLength;
  }

  /// §3.3.1 slice(start, end, contentType)
  slice(start = 0, end = undefined, contentType = '') {
    const { bytes } = blobSlots(this, 'Blob');
    const size = bytes.byteLength;
    const relative = (n) => {
      n = Math.trunc(Number(n)) || 0;
      return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
    };
    const relativeStart = relative(start);
    const relativeEnd = end === undefined ? size : relative(end);
    const span = Math.max(relativeEnd - relativeStart, 0);
    return createBlob(bytes.subarray(relativeStart, relativeStart + span), normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBlob].bytes.slice().buffer);
  }

  /// §3.3.3 text(): UTF-8 decode (replacing invalid sequences).
  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    decoder ??= new TextDecoder();
    return Promise.resolve(decoder.decode(this[kBlob].bytes));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBlob].bytes.slice());
  }

  /// §3.3.2 stream(): a byte stream of the blob's bytes, in chunks of at most 64 KiB.
  stream() {
    const { bytes } = blobSlots(this, 'Blob');
    let offset = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (offset >= bytes.byteLength) {
          controller.close();
          controller.byobRequest?.respond(0);
          return;
        }
        const end = Math.min(offset + 65536, bytes.byteLength);
        controller.enqueue(bytes.slice(offset, end));
        offset = end;
      },
    });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${require('internal/util/inspect').inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  Object.defineProperty(Blob.prototype, name, { enumerable: true });
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

/// A Blob over `bytes` (not copied: blobs are immutable).
function createBlob(bytes, type) {
  const blob = Object.create(Blob.prototype);
  Object.defineProperty(blob, kBlob, { value: { bytes, type } });
  return blob;
}

/// File API §4 File
class File extends Blob {
  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified = options?.lastModified;
    lastModified = lastModified === undefined ? Date.now() : Math.trunc(Number(lastModified)) || 0;
    Object.defineProperty(this, kFile, { value: { name: `${fileName}`, lastModified } });
  }

  get name() {
    if (!isFile(this)) throw new ERR_INVALID_THIS('File');
    return this[kFile].name;
  }

  get lastModified() {
    if (!isFile(this)) throw new ERR_INVALID_THIS('File');
    return this[kFile].lastModified;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { inspect } = require('internal/util/inspect');
    const fields = { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
    return `File ${inspect(fields, opts)}`;
  }
}

function isFile(value) {
  return isBlob(value) && Object.hasOwn(value, kFile);
}

for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { enumerable: true });
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

/// The serialization steps of a Blob or File (File API §3.2 and §4.2): its bytes, type and,
/// for a File, name and last-modified time.
function serialize(blob) {
  const { bytes, type } = blob[kBlob];
  const data = { bytes: bytes.slice(), type };
  if (isFile(blob)) {
    data.name = blob[kFile].name;
    data.lastModified = blob[kFile].lastModified;
  }
  return data;
}

/// The deserialization steps: a new Blob or File in this realm.
function deserialize(data) {
  const blob = createBlob(data.bytes, data.type);
  if (data.name === undefined) return blob;
  Object.setPrototypeOf(blob, File.prototype);
  Object.defineProperty(blob, kFile, { value: { name: data.name, lastModified: data.lastModified } });
  return blob;
}

module.exports = { Blob, File, isBlob, kBlob, serialize, deserialize };
