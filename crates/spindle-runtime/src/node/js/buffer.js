// node:buffer (Node: lib/buffer.js + lib/internal/buffer.js): Buffer, a Uint8Array subclass
// (FastBuffer) with Node's factories, encodings, searches and integer/float accessors, plus
// transcode, isUtf8/isAscii, the constants, atob/btoa, Blob/File and resolveObjectURL.
// The byte-level work (encoding, decoding, comparing, searching, pattern filling) is done by
// the Rust binding `internal/buffer/binding` (crates/spindle-runtime/src/node/buffer.rs);
// every argument handed to it is already validated and clamped here. Everything else is
// JavaScript, following Node's algorithms and error messages. Loaded on first
// require/import; `module`, `exports` and `require` are the CommonJS wrapper's.
'use strict';

const binding = require('internal/buffer/binding');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBuffer,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
} = require('internal/util/types');

// Node 20 on 64-bit platforms (v8::TypedArray::kMaxLength, v8::String::kMaxLength).
const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');

// The %TypedArray%.prototype methods, taken before user code can replace them.
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayFill = TypedArrayPrototype.fill;
const TypedArraySet = TypedArrayPrototype.set;
const TypedArraySlice = TypedArrayPrototype.slice;
const TypedArrayIndexOf = TypedArrayPrototype.indexOf;
const TypedArrayLastIndexOf = TypedArrayPrototype.lastIndexOf;
const TypedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const TypedArrayByteLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const ArrayPrototypeSlice = Array.prototype.slice;
const { atob, btoa } = globalThis;

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// ---------------------------------------------------------------------------------------
// Errors the C++ side of Node throws: fixed messages, a `code` property, and no code in
// the name line of the stack (src/node_errors.h).

function nativeError(Base, code, message) {
  const error = new Base(message);
  error.code = code;
  return error;
}

function notABufferError() {
  return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
}

function notAStringError() {
  return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
}

function indexOutOfRangeError() {
  return nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

/// Node: src/string_bytes.cc — decoding `bytes` bytes in `encoding` must not make a string
/// longer than V8 allows (only possible above kStringMaxLength / 2 bytes).
function checkStringLength(bytes, encoding) {
  let chars;
  switch (encoding) {
    case 'hex': chars = bytes * 2; break;
    case 'base64': chars = Math.ceil(bytes / 3) * 4; break;
    case 'base64url': chars = Math.floor((bytes * 4 + 2) / 3); break;
    case 'utf16le': chars = Math.floor(bytes / 2); break;
    default: chars = bytes;
  }
  if (chars > kStringMaxLength) {
    throw nativeError(Error, 'ERR_STRING_TOO_LONG',
      `Cannot create a string longer than 0x${kStringMaxLength.toString(16)} characters`);
  }
}

// ---------------------------------------------------------------------------------------
// Node: lib/internal/buffer.js

class FastBuffer extends Uint8Array {
  // An explicit constructor, so that constructing does not go through the array iterator.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

/// Node: lib/internal/buffer.js createUnsafeBuffer (memory is always zeroed here).
function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

// Scratch space for converting floats to and from bytes.
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);

// The platform's byte order: -1 is 0xBF800000, whose last byte is 0 when big-endian.
float32Array[0] = -1;
const bigEndian = uInt8Float32Array[3] === 0;

function throwOffsetType(offset) {
  throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

/// Node: lib/internal/buffer.js checkBounds
function checkBounds(buf, offset, byteLength) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

/// Node: lib/internal/buffer.js checkInt
function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and ` +
                `< 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

/// Node: lib/internal/buffer.js boundsError — the error for an offset (or byteLength, when
/// `type` names it) that is not an integer or does not fit.
function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Read 64-bit integers.

function readBigUInt64LE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const lo = first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 24;
  const hi = this[++offset] + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + last * 2 ** 24;
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = first * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + this[++offset];
  const lo = this[++offset] * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  // The high word, sign-extended by the shift of its top byte.
  const hi = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 + (last << 24);
  const lo = first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 24;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64BE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = (first << 24) + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + this[++offset];
  const lo = this[++offset] * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// Read unsigned integers.

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6) return readUInt48LE(this, offset);
  if (byteLength === 5) return readUInt40LE(this, offset);
  if (byteLength === 3) return readUInt24LE(this, offset);
  if (byteLength === 4) return this.readUInt32LE(offset);
  if (byteLength === 2) return this.readUInt16LE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readUInt48LE(buf, offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  return first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24 +
    (buf[++offset] + last * 2 ** 8) * 2 ** 32;
}

function readUInt40LE(buf, offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24 +
    last * 2 ** 32;
}

function readUInt32LE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + last * 2 ** 24;
}

function readUInt24LE(buf, offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  return first + buf[++offset] * 2 ** 8 + last * 2 ** 16;
}

function readUInt16LE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 2 ** 8;
}

function readUInt8(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6) return readUInt48BE(this, offset);
  if (byteLength === 5) return readUInt40BE(this, offset);
  if (byteLength === 3) return readUInt24BE(this, offset);
  if (byteLength === 4) return this.readUInt32BE(offset);
  if (byteLength === 2) return this.readUInt16BE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readUInt48BE(buf, offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  return (first * 2 ** 8 + buf[++offset]) * 2 ** 32 + buf[++offset] * 2 ** 24 +
    buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readUInt40BE(buf, offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return first * 2 ** 32 + buf[++offset] * 2 ** 24 + buf[++offset] * 2 ** 16 +
    buf[++offset] * 2 ** 8 + last;
}

function readUInt32BE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
}

function readUInt24BE(buf, offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  return first * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readUInt16BE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 2 ** 8 + last;
}

// Read signed integers: `x | (x & signBit) * k` sign-extends x through the 32-bit `|`.

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6) return readInt48LE(this, offset);
  if (byteLength === 5) return readInt40LE(this, offset);
  if (byteLength === 3) return readInt24LE(this, offset);
  if (byteLength === 4) return this.readInt32LE(offset);
  if (byteLength === 2) return this.readInt16LE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readInt48LE(buf, offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  const val = buf[offset + 4] + last * 2 ** 8;
  return (val | (val & 2 ** 15) * 0x1fffe) * 2 ** 32 +
    first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24;
}

function readInt40LE(buf, offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return (last | (last & 2 ** 7) * 0x1fffffe) * 2 ** 32 +
    first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24;
}

function readInt32LE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + (last << 24);
}

function readInt24LE(buf, offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  const val = first + buf[++offset] * 2 ** 8 + last * 2 ** 16;
  return val | (val & 2 ** 23) * 0x1fe;
}

function readInt16LE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const val = first + last * 2 ** 8;
  return val | (val & 2 ** 15) * 0x1fffe;
}

function readInt8(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val | (val & 2 ** 7) * 0x1fffffe;
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6) return readInt48BE(this, offset);
  if (byteLength === 5) return readInt40BE(this, offset);
  if (byteLength === 3) return readInt24BE(this, offset);
  if (byteLength === 4) return this.readInt32BE(offset);
  if (byteLength === 2) return this.readInt16BE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readInt48BE(buf, offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  const val = buf[++offset] + first * 2 ** 8;
  return (val | (val & 2 ** 15) * 0x1fffe) * 2 ** 32 +
    buf[++offset] * 2 ** 24 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readInt40BE(buf, offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return (first | (first & 2 ** 7) * 0x1fffffe) * 2 ** 32 +
    buf[++offset] * 2 ** 24 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readInt32BE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return (first << 24) + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
}

function readInt24BE(buf, offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  const val = first * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
  return val | (val & 2 ** 23) * 0x1fe;
}

function readInt16BE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const val = first * 2 ** 8 + last;
  return val | (val & 2 ** 15) * 0x1fffe;
}

// Read floats through the scratch arrays ("forwards": the platform's byte order).

function readFloatBackwards(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  uInt8Float32Array[3] = first;
  uInt8Float32Array[2] = this[++offset];
  uInt8Float32Array[1] = this[++offset];
  uInt8Float32Array[0] = last;
  return float32Array[0];
}

function readFloatForwards(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  uInt8Float32Array[0] = first;
  uInt8Float32Array[1] = this[++offset];
  uInt8Float32Array[2] = this[++offset];
  uInt8Float32Array[3] = last;
  return float32Array[0];
}

function readDoubleBackwards(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  uInt8Float64Array[7] = first;
  uInt8Float64Array[6] = this[++offset];
  uInt8Float64Array[5] = this[++offset];
  uInt8Float64Array[4] = this[++offset];
  uInt8Float64Array[3] = this[++offset];
  uInt8Float64Array[2] = this[++offset];
  uInt8Float64Array[1] = this[++offset];
  uInt8Float64Array[0] = last;
  return float64Array[0];
}

function readDoubleForwards(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  uInt8Float64Array[0] = first;
  uInt8Float64Array[1] = this[++offset];
  uInt8Float64Array[2] = this[++offset];
  uInt8Float64Array[3] = this[++offset];
  uInt8Float64Array[4] = this[++offset];
  uInt8Float64Array[5] = this[++offset];
  uInt8Float64Array[6] = this[++offset];
  uInt8Float64Array[7] = last;
  return float64Array[0];
}

// Write 64-bit integers.

function writeBigU_Int64LE(buf, value, offset, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  buf[offset++] = lo;
  lo = lo >> 8;
  buf[offset++] = lo;
  lo = lo >> 8;
  buf[offset++] = lo;
  lo = lo >> 8;
  buf[offset++] = lo;
  let hi = Number(value >> 32n & 0xffffffffn);
  buf[offset++] = hi;
  hi = hi >> 8;
  buf[offset++] = hi;
  hi = hi >> 8;
  buf[offset++] = hi;
  hi = hi >> 8;
  buf[offset++] = hi;
  return offset;
}

function writeBigU_Int64BE(buf, value, offset, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  buf[offset + 7] = lo;
  lo = lo >> 8;
  buf[offset + 6] = lo;
  lo = lo >> 8;
  buf[offset + 5] = lo;
  lo = lo >> 8;
  buf[offset + 4] = lo;
  let hi = Number(value >> 32n & 0xffffffffn);
  buf[offset + 3] = hi;
  hi = hi >> 8;
  buf[offset + 2] = hi;
  hi = hi >> 8;
  buf[offset + 1] = hi;
  hi = hi >> 8;
  buf[offset] = hi;
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBigU_Int64LE(this, value, offset, 0n, 0xffffffffffffffffn);
}

function writeBigUInt64BE(value, offset = 0) {
  return writeBigU_Int64BE(this, value, offset, 0n, 0xffffffffffffffffn);
}

function writeBigInt64LE(value, offset = 0) {
  return writeBigU_Int64LE(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn);
}

function writeBigInt64BE(value, offset = 0) {
  return writeBigU_Int64BE(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn);
}

// Write integers of 1 to 6 bytes (the typed array stores each value modulo 2 ** 8).

function writeUIntLE(value, offset, byteLength) {
  if (byteLength === 6) return writeU_Int48LE(this, value, offset, 0, 0xffffffffffff);
  if (byteLength === 5) return writeU_Int40LE(this, value, offset, 0, 0xffffffffff);
  if (byteLength === 3) return writeU_Int24LE(this, value, offset, 0, 0xffffff);
  if (byteLength === 4) return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
  if (byteLength === 2) return writeU_Int16LE(this, value, offset, 0, 0xffff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  boundsError(byteLength, 6, 'byteLength');
}

function writeU_Int48LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const newVal = Math.floor(value * 2 ** -32);
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  buf[offset++] = newVal;
  buf[offset++] = (newVal >>> 8);
  return offset;
}

function writeU_Int40LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  const newVal = value;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  buf[offset++] = Math.floor(newVal * 2 ** -32);
  return offset;
}

function writeU_Int32LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  return offset;
}

function writeU_Int24LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  return offset;
}

function writeU_Int16LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  buf[offset++] = value;
  buf[offset++] = (value >>> 8);
  return offset;
}

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  // checkInt() looks at two bytes; one is checked here.
  if (typeof offset !== 'number') throwOffsetType(offset);
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeUInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
}

function writeUInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, 0, 0xffff);
}

function writeUInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, 0, 0xff);
}

function writeUIntBE(value, offset, byteLength) {
  if (byteLength === 6) return writeU_Int48BE(this, value, offset, 0, 0xffffffffffff);
  if (byteLength === 5) return writeU_Int40BE(this, value, offset, 0, 0xffffffffff);
  if (byteLength === 3) return writeU_Int24BE(this, value, offset, 0, 0xffffff);
  if (byteLength === 4) return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
  if (byteLength === 2) return writeU_Int16BE(this, value, offset, 0, 0xffff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  boundsError(byteLength, 6, 'byteLength');
}

function writeU_Int48BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const newVal = Math.floor(value * 2 ** -32);
  buf[offset++] = (newVal >>> 8);
  buf[offset++] = newVal;
  buf[offset + 3] = value;
  value = value >>> 8;
  buf[offset + 2] = value;
  value = value >>> 8;
  buf[offset + 1] = value;
  value = value >>> 8;
  buf[offset] = value;
  return offset + 4;
}

function writeU_Int40BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  buf[offset++] = Math.floor(value * 2 ** -32);
  buf[offset + 3] = value;
  value = value >>> 8;
  buf[offset + 2] = value;
  value = value >>> 8;
  buf[offset + 1] = value;
  value = value >>> 8;
  buf[offset] = value;
  return offset + 4;
}

function writeU_Int32BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  buf[offset + 3] = value;
  value = value >>> 8;
  buf[offset + 2] = value;
  value = value >>> 8;
  buf[offset + 1] = value;
  value = value >>> 8;
  buf[offset] = value;
  return offset + 4;
}

function writeU_Int24BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset + 2] = value;
  value = value >>> 8;
  buf[offset + 1] = value;
  value = value >>> 8;
  buf[offset] = value;
  return offset + 3;
}

function writeU_Int16BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  buf[offset++] = (value >>> 8);
  buf[offset++] = value;
  return offset;
}

function writeUInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
}

function writeUInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, 0, 0xffff);
}

function writeIntLE(value, offset, byteLength) {
  if (byteLength === 6) return writeU_Int48LE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  if (byteLength === 5) return writeU_Int40LE(this, value, offset, -0x8000000000, 0x7fffffffff);
  if (byteLength === 3) return writeU_Int24LE(this, value, offset, -0x800000, 0x7fffff);
  if (byteLength === 4) return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
  if (byteLength === 2) return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  boundsError(byteLength, 6, 'byteLength');
}

function writeInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
}

function writeInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
}

function writeInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, -0x80, 0x7f);
}

function writeIntBE(value, offset, byteLength) {
  if (byteLength === 6) return writeU_Int48BE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  if (byteLength === 5) return writeU_Int40BE(this, value, offset, -0x8000000000, 0x7fffffffff);
  if (byteLength === 3) return writeU_Int24BE(this, value, offset, -0x800000, 0x7fffff);
  if (byteLength === 4) return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
  if (byteLength === 2) return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  boundsError(byteLength, 6, 'byteLength');
}

function writeInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
}

function writeInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
}

// Write floats through the scratch arrays.

function writeDoubleForwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 7);
  float64Array[0] = val;
  this[offset++] = uInt8Float64Array[0];
  this[offset++] = uInt8Float64Array[1];
  this[offset++] = uInt8Float64Array[2];
  this[offset++] = uInt8Float64Array[3];
  this[offset++] = uInt8Float64Array[4];
  this[offset++] = uInt8Float64Array[5];
  this[offset++] = uInt8Float64Array[6];
  this[offset++] = uInt8Float64Array[7];
  return offset;
}

function writeDoubleBackwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 7);
  float64Array[0] = val;
  this[offset++] = uInt8Float64Array[7];
  this[offset++] = uInt8Float64Array[6];
  this[offset++] = uInt8Float64Array[5];
  this[offset++] = uInt8Float64Array[4];
  this[offset++] = uInt8Float64Array[3];
  this[offset++] = uInt8Float64Array[2];
  this[offset++] = uInt8Float64Array[1];
  this[offset++] = uInt8Float64Array[0];
  return offset;
}

function writeFloatForwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 3);
  float32Array[0] = val;
  this[offset++] = uInt8Float32Array[0];
  this[offset++] = uInt8Float32Array[1];
  this[offset++] = uInt8Float32Array[2];
  this[offset++] = uInt8Float32Array[3];
  return offset;
}

function writeFloatBackwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 3);
  float32Array[0] = val;
  this[offset++] = uInt8Float32Array[3];
  this[offset++] = uInt8Float32Array[2];
  this[offset++] = uInt8Float32Array[1];
  this[offset++] = uInt8Float32Array[0];
  return offset;
}

// ---------------------------------------------------------------------------------------
// The per-encoding slice/write methods, which Node implements in C++ (src/node_buffer.cc
// StringSlice, StringWrite) and exposes on Buffer.prototype.

/// The bytes of an ArrayBufferView as a Uint8Array (THROW_AND_RETURN_UNLESS_BUFFER).
function bufferView(value) {
  if (isUint8Array(value)) return value;
  if (isArrayBufferView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw notABufferError();
}

/// Node: src/node_buffer.cc ParseArrayIndex — an integer >= 0, `defaultValue` when undefined.
function parseArrayIndex(value, defaultValue) {
  if (value === undefined) return defaultValue;
  const n = Math.trunc(+value) || 0;
  if (n < 0) throw indexOutOfRangeError();
  return n;
}

/// Node: src/node_buffer.cc StringSlice
function checkedSlice(buf, start, end, encoding) {
  const view = bufferView(buf);
  const length = view.length;
  if (length === 0) return '';
  start = parseArrayIndex(start, 0);
  end = parseArrayIndex(end, length);
  if (end < start) end = start;
  if (end > length) throw indexOutOfRangeError();
  if (start === end) return '';
  if (end - start > kStringMaxLength / 2) checkStringLength(end - start, encoding);
  return binding.slice(view, start, end, encoding);
}

/// Node: src/node_buffer.cc StringWrite
function checkedWrite(buf, string, offset, length, encoding) {
  const view = bufferView(buf);
  if (typeof string !== 'string') throw notAStringError();
  const size = view.length;
  offset = parseArrayIndex(offset, 0);
  if (offset > size) throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
  let maxLength = parseArrayIndex(length, size - offset);
  if (maxLength > size - offset) maxLength = size - offset;
  if (maxLength === 0) return 0;
  return binding.write(view, string, offset, maxLength, encoding);
}

function asciiSlice(start, end) { return checkedSlice(this, start, end, 'ascii'); }
function base64Slice(start, end) { return checkedSlice(this, start, end, 'base64'); }
function base64urlSlice(start, end) { return checkedSlice(this, start, end, 'base64url'); }
function latin1Slice(start, end) { return checkedSlice(this, start, end, 'latin1'); }
function hexSlice(start, end) { return checkedSlice(this, start, end, 'hex'); }
function ucs2Slice(start, end) { return checkedSlice(this, start, end, 'utf16le'); }
function utf8Slice(start, end) { return checkedSlice(this, start, end, 'utf8'); }
function asciiWrite(string, offset, length) { return checkedWrite(this, string, offset, length, 'ascii'); }
function base64Write(string, offset, length) { return checkedWrite(this, string, offset, length, 'base64'); }
function base64urlWrite(string, offset, length) {
  return checkedWrite(this, string, offset, length, 'base64url');
}
function latin1Write(string, offset, length) { return checkedWrite(this, string, offset, length, 'latin1'); }
function hexWrite(string, offset, length) { return checkedWrite(this, string, offset, length, 'hex'); }
function ucs2Write(string, offset, length) { return checkedWrite(this, string, offset, length, 'utf16le'); }
function utf8Write(string, offset, length) { return checkedWrite(this, string, offset, length, 'utf8'); }

// Native functions declare no parameters.
for (const fn of [asciiSlice, base64Slice, base64urlSlice, latin1Slice, hexSlice, ucs2Slice, utf8Slice,
  asciiWrite, base64Write, base64urlWrite, latin1Write, hexWrite, ucs2Write, utf8Write]) {
  Object.defineProperty(fn, 'length', { value: 0 });
}

/// Node: lib/internal/buffer.js addBufferPrototypeMethods
function addBufferPrototypeMethods(proto) {
  proto.readBigUInt64LE = readBigUInt64LE;
  proto.readBigUInt64BE = readBigUInt64BE;
  proto.readBigUint64LE = readBigUInt64LE;
  proto.readBigUint64BE = readBigUInt64BE;
  proto.readBigInt64LE = readBigInt64LE;
  proto.readBigInt64BE = readBigInt64BE;
  proto.writeBigUInt64LE = writeBigUInt64LE;
  proto.writeBigUInt64BE = writeBigUInt64BE;
  proto.writeBigUint64LE = writeBigUInt64LE;
  proto.writeBigUint64BE = writeBigUInt64BE;
  proto.writeBigInt64LE = writeBigInt64LE;
  proto.writeBigInt64BE = writeBigInt64BE;

  proto.readUIntLE = readUIntLE;
  proto.readUInt32LE = readUInt32LE;
  proto.readUInt16LE = readUInt16LE;
  proto.readUInt8 = readUInt8;
  proto.readUIntBE = readUIntBE;
  proto.readUInt32BE = readUInt32BE;
  proto.readUInt16BE = readUInt16BE;
  proto.readUintLE = readUIntLE;
  proto.readUint32LE = readUInt32LE;
  proto.readUint16LE = readUInt16LE;
  proto.readUint8 = readUInt8;
  proto.readUintBE = readUIntBE;
  proto.readUint32BE = readUInt32BE;
  proto.readUint16BE = readUInt16BE;
  proto.readIntLE = readIntLE;
  proto.readInt32LE = readInt32LE;
  proto.readInt16LE = readInt16LE;
  proto.readInt8 = readInt8;
  proto.readIntBE = readIntBE;
  proto.readInt32BE = readInt32BE;
  proto.readInt16BE = readInt16BE;

  proto.writeUIntLE = writeUIntLE;
  proto.writeUInt32LE = writeUInt32LE;
  proto.writeUInt16LE = writeUInt16LE;
  proto.writeUInt8 = writeUInt8;
  proto.writeUIntBE = writeUIntBE;
  proto.writeUInt32BE = writeUInt32BE;
  proto.writeUInt16BE = writeUInt16BE;
  proto.writeUintLE = writeUIntLE;
  proto.writeUint32LE = writeUInt32LE;
  proto.writeUint16LE = writeUInt16LE;
  proto.writeUint8 = writeUInt8;
  proto.writeUintBE = writeUIntBE;
  proto.writeUint32BE = writeUInt32BE;
  proto.writeUint16BE = writeUInt16BE;
  proto.writeIntLE = writeIntLE;
  proto.writeInt32LE = writeInt32LE;
  proto.writeInt16LE = writeInt16LE;
  proto.writeInt8 = writeInt8;
  proto.writeIntBE = writeIntBE;
  proto.writeInt32BE = writeInt32BE;
  proto.writeInt16BE = writeInt16BE;

  proto.readFloatLE = bigEndian ? readFloatBackwards : readFloatForwards;
  proto.readFloatBE = bigEndian ? readFloatForwards : readFloatBackwards;
  proto.readDoubleLE = bigEndian ? readDoubleBackwards : readDoubleForwards;
  proto.readDoubleBE = bigEndian ? readDoubleForwards : readDoubleBackwards;
  proto.writeFloatLE = bigEndian ? writeFloatBackwards : writeFloatForwards;
  proto.writeFloatBE = bigEndian ? writeFloatForwards : writeFloatBackwards;
  proto.writeDoubleLE = bigEndian ? writeDoubleBackwards : writeDoubleForwards;
  proto.writeDoubleBE = bigEndian ? writeDoubleForwards : writeDoubleBackwards;

  proto.asciiSlice = asciiSlice;
  proto.base64Slice = base64Slice;
  proto.base64urlSlice = base64urlSlice;
  proto.latin1Slice = latin1Slice;
  proto.hexSlice = hexSlice;
  proto.ucs2Slice = ucs2Slice;
  proto.utf8Slice = utf8Slice;
  proto.asciiWrite = asciiWrite;
  proto.base64Write = base64Write;
  proto.base64urlWrite = base64urlWrite;
  proto.latin1Write = latin1Write;
  proto.hexWrite = hexWrite;
  proto.ucs2Write = ucs2Write;
  proto.utf8Write = utf8Write;
}

// ---------------------------------------------------------------------------------------
// Node: lib/buffer.js

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
addBufferPrototypeMethods(Buffer.prototype);

const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
});

const { normalizeEncoding } = require('internal/util');

Buffer.poolSize = 8 * 1024;
let poolSize, poolOffset, allocPool, allocBuffer;

/// Node: lib/buffer.js createPool — small buffers are views into a shared 8 KiB ArrayBuffer.
function createPool() {
  poolSize = Buffer.poolSize;
  allocBuffer = createUnsafeBuffer(poolSize);
  allocPool = allocBuffer.buffer;
  poolOffset = 0;
}
createPool();

/// Keeps pool slices 8-byte aligned.
function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

let bufferWarningAlreadyEmitted = false;
let nodeModulesCheckCounter = 0;
const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
                      'issues. Please use the Buffer.alloc(), ' +
                      'Buffer.allocUnsafe(), or Buffer.from() methods instead.';

/// Node: src/node_util.cc IsInsideNodeModules — whether a frame of the current stack (up
/// to `frameLimit`) runs code from a node_modules directory; `defaultValue` when the
/// stack is deeper than that.
function isInsideNodeModules(frameLimit, defaultValue) {
  let stack;
  const savedLimit = Error.stackTraceLimit;
  const savedPrepare = Error.prepareStackTrace;
  try {
    Error.stackTraceLimit = frameLimit;
    Error.prepareStackTrace = undefined;
    stack = new Error().stack;
  } catch {
    return defaultValue;
  } finally {
    Error.stackTraceLimit = savedLimit;
    Error.prepareStackTrace = savedPrepare;
  }
  if (typeof stack !== 'string') return defaultValue;
  const frames = stack.split('\n').slice(1);
  if (frames.length >= frameLimit) return defaultValue;
  for (const frame of frames) {
    const match = /\(([^()]*):\d+:\d+\)$/.exec(frame) || /at ([^ ]*):\d+:\d+$/.exec(frame);
    if (match === null) continue;
    const file = match[1];
    if (file.startsWith('node:')) continue;
    if (/[/\\]node_modules[/\\]/.test(file)) return true;
  }
  return false;
}

/// Node: lib/buffer.js showFlaggedDeprecation — DEP0005, once, for calls of Buffer() from
/// code outside node_modules.
function showFlaggedDeprecation() {
  if (bufferWarningAlreadyEmitted ||
      ++nodeModulesCheckCounter > 10000 ||
      isInsideNodeModules(100, true)) {
    return;
  }
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  }
  bufferWarningAlreadyEmitted = true;
}

/// Node: lib/buffer.js toInteger
function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

/// Node: lib/buffer.js _copy (buf.copy)
function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);

  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }

  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }

  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }

  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

/// Node: lib/buffer.js _copyActual — copies what fits, through %TypedArray%.prototype.set
/// (which copies correctly between overlapping ranges of one buffer).
function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  TypedArraySet.call(target, source, targetStart);
  return nb;
}

/// Node: lib/buffer.js Buffer — the deprecated constructor/function form.
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

/// Node: lib/buffer.js Buffer.from(string[, encoding]) / (array) / (arrayBuffer[, byteOffset
/// [, length]]) / (buffer) / (object with valueOf or Symbol.toPrimitive)
function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}
Buffer.from = from;

/// Node: lib/buffer.js Buffer.copyBytesFrom — a copy of the bytes under a typed array's
/// elements [offset, offset + length).
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);

  const viewLength = TypedArrayLength.call(view);
  if (viewLength === 0) return Buffer.alloc(0);

  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArraySlice.call(view, offset, end);
  }

  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

// Like %TypedArray%.of, without going through the deprecated Buffer() (an arrow function,
// so not a constructor).
const of = (...items) => {
  const newObj = createUnsafeBuffer(items.length);
  TypedArraySet.call(newObj, items, 0);
  return newObj;
};
Buffer.of = of;

Object.setPrototypeOf(Buffer, Uint8Array);

/// validateNumber(size, 'size', 0, kMaxLength) with the common case inline.
function validateSize(size) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) {
    validateNumber(size, 'size', 0, kMaxLength);
  }
}

/// Node: lib/buffer.js Buffer.alloc(size[, fill[, encoding]])
Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

/// Node: lib/buffer.js Buffer.allocUnsafe — from the pool when small.
Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

/// Node: lib/buffer.js Buffer.allocUnsafeSlow — never from the pool.
Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return createUnsafeBuffer(size);
};

/// Node: lib/buffer.js SlowBuffer (deprecated)
function SlowBuffer(size) {
  validateSize(size);
  return createUnsafeBuffer(size);
}

Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

/// Node: lib/buffer.js allocate
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

/// Node: lib/buffer.js fromStringFast — short strings are encoded straight into the pool.
function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length; // At least one byte per character...
  if (length >= maxLength) return createFromString(string, ops);
  length *= 4; // ...and at most four.
  if (length >= maxLength) length = ops.byteLength(string);
  if (length >= maxLength) return createFromString(string, ops, length);
  if (length > (poolSize - poolOffset)) createPool();
  const actual = length === 0 ? 0 : binding.write(allocBuffer, string, poolOffset, length, ops.encoding);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

/// Node: lib/buffer.js createFromString
function createFromString(string, ops, length = ops.byteLength(string)) {
  const buf = Buffer.allocUnsafeSlow(length);
  const actual = length === 0 ? 0 : binding.write(buf, string, 0, length, ops.encoding);
  return actual < length ? new FastBuffer(buf.buffer, 0, actual) : buf;
}

/// Node: lib/buffer.js fromString
function fromString(string, encoding) {
  let ops;
  if (!encoding || encoding === 'utf8' || typeof encoding !== 'string') {
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  return string.length === 0 ? new FastBuffer() : fromStringFast(string, ops);
}

/// Node: lib/buffer.js fromArrayBuffer — a view sharing the ArrayBuffer's memory.
function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }

  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');

  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }

  return new FastBuffer(obj, byteOffset, length);
}

/// Node: lib/buffer.js fromArrayLike — a copy, in the pool when small.
function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    TypedArraySet.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

/// Node: lib/buffer.js fromObject — array-likes and `{ type: 'Buffer', data: [...] }`.
function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

// Static methods

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
         normalizeEncoding(encoding) !== undefined;
};
Buffer[kIsEncodingSymbol] = Buffer.isEncoding;

/// Node: lib/buffer.js Buffer.concat(list[, totalLength])
Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();

  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }

  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }

  // A `length` beyond the total leaves bytes that were not written: zero them.
  if (pos < length) TypedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

/// validateInteger with kMaxLength as the default maximum (Node: lib/buffer.js validateOffset).
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    validateInteger(value, name, min, max);
  }
}

/// Node: lib/buffer.js base64ByteLength — the decoded size, from the length less padding.
function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// Per-encoding operations: the binding's name of the encoding and the (maximum) number of
// bytes a string encodes to.
const byteLengthUtf8 = (string) => binding.byteLengthUtf8(string);
const byteLengthUtf16 = (string) => string.length * 2;
const byteLengthOneByte = (string) => string.length;
const byteLengthBase64 = (string) => base64ByteLength(string, string.length);
const byteLengthHex = (string) => string.length >>> 1;

const encodingOps = {
  utf8: { encoding: 'utf8', byteLength: byteLengthUtf8 },
  ucs2: { encoding: 'utf16le', byteLength: byteLengthUtf16 },
  utf16le: { encoding: 'utf16le', byteLength: byteLengthUtf16 },
  latin1: { encoding: 'latin1', byteLength: byteLengthOneByte },
  ascii: { encoding: 'ascii', byteLength: byteLengthOneByte },
  base64: { encoding: 'base64', byteLength: byteLengthBase64 },
  base64url: { encoding: 'base64url', byteLength: byteLengthBase64 },
  hex: { encoding: 'hex', byteLength: byteLengthHex },
};

/// Node: lib/buffer.js getEncodingOps — like normalizeEncoding, but '' is no encoding.
function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 4:
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      break;
    case 5:
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      break;
    case 7:
      if (encoding === 'utf16le' || encoding.toLowerCase() === 'utf16le') return encodingOps.utf16le;
      break;
    case 8:
      if (encoding === 'utf-16le' || encoding.toLowerCase() === 'utf-16le') return encodingOps.utf16le;
      break;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      encoding = encoding.toLowerCase();
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      break;
    case 3:
      if (encoding === 'hex' || encoding.toLowerCase() === 'hex') return encodingOps.hex;
      break;
    case 9:
      if (encoding === 'base64url' || encoding.toLowerCase() === 'base64url') return encodingOps.base64url;
      break;
  }
}

/// A string's bytes in an encoding (the binding's name), in a new Uint8Array.
function encodeString(string, encoding, size) {
  const bytes = new Uint8Array(size);
  const written = size === 0 ? 0 : binding.write(bytes, string, 0, size, encoding);
  return written < size ? bytes.subarray(0, written) : bytes;
}

/// Node: lib/buffer.js byteLength — the bytes a string encodes to (the byteLength of a
/// buffer); unknown encodings count as UTF-8.
function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding || encoding === 'utf8') return binding.byteLengthUtf8(string);
  if (encoding === 'ascii') return len;
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return binding.byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// For backwards compatibility.
Object.defineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return _copy(this, target, targetStart, sourceStart, sourceEnd);
};

/// Node: lib/buffer.js Buffer.prototype.toString — start/end are clamped to the buffer,
/// unlike String's.
Buffer.prototype.toString = function toString(encoding, start, end) {
  if (encoding === undefined && start === undefined && end === undefined) {
    if (isUint8Array(this) && this.length <= kStringMaxLength) return binding.slice(this, 0, this.length, 'utf8');
    return checkedSlice(this, 0, this.length, 'utf8');
  }

  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;

  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;

  if (end <= start) return '';

  let name = 'utf8';
  if (encoding !== undefined) {
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    name = ops.encoding;
  }
  if (end - start > kStringMaxLength / 2) checkStringLength(end - start, name);
  return binding.slice(bufferView(this), start, end, name);
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = TypedArrayByteLength.call(this);
  if (len !== TypedArrayByteLength.call(otherBuffer)) return false;
  if (len === 0) return true;
  const self = bufferView(this);
  return binding.compare(self, 0, self.length, otherBuffer, 0, otherBuffer.length) === 0;
};

let INSPECT_MAX_BYTES = 50;

// Own non-index properties (V8's GetOwnNonIndexProperties): a typed array lists its index
// keys first, so the rest follow them.
function ownNonIndexProperties(buf, onlyEnumerable) {
  if (typeof binding.getOwnNonIndexProperties === 'function') {
    return binding.getOwnNonIndexProperties(buf, onlyEnumerable);
  }
  const keys = Reflect.ownKeys(buf);
  const result = [];
  for (let i = isTypedArray(buf) ? TypedArrayLength.call(buf) : 0; i < keys.length; i++) {
    const key = keys[i];
    if (onlyEnumerable && !Object.prototype.propertyIsEnumerable.call(buf, key)) continue;
    result.push(key);
  }
  return result;
}

/// Node: lib/buffer.js Buffer.prototype[inspect.custom] — `<Buffer 68 69 ... N more bytes,
/// prop: value>`.
Buffer.prototype[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = checkedSlice(this, 0, actualMax, 'hex').replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Own properties are shown too.
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    for (const key of ownNonIndexProperties(this, !ctx.showHidden)) {
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      // Cut '[Object: null prototype] {' (26 characters and a space) and ' }'.
      str += inspectValue(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
const inspectValue = inspect;
Buffer.prototype.inspect = Buffer.prototype[customInspectSymbol];

/// Node: lib/buffer.js Buffer.prototype.compare
Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  const source = bufferView(this);
  // (Node tests arguments.length === 1; all four undefined compares the same way.)
  if (targetStart === undefined && targetEnd === undefined && sourceStart === undefined && sourceEnd === undefined) {
    return binding.compare(source, 0, source.length, target, 0, target.length);
  }

  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');

  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);

  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');

  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;

  if (sourceEnd > source.length) sourceEnd = source.length;
  if (sourceStart > sourceEnd) sourceStart = sourceEnd;
  return binding.compare(source, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

/// Node: src/node_buffer.cc IndexOfOffset — where a search starts: a negative offset counts
/// from the end; -1 when nothing can match.
function indexOfOffset(length, offset, needleLength, isForward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (isForward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (isForward) return -1;
  return length - 1;
}

/// Node: src/node_buffer.cc IndexOfNumber — the byte `needle & 0xff`.
function indexOfNumber(haystack, needle, byteOffset, isForward) {
  const length = haystack.length;
  const offset = indexOfOffset(length, byteOffset, 1, isForward);
  if (offset <= -1 || length === 0) return -1;
  const byte = needle & 0xff;
  return isForward ?
    TypedArrayIndexOf.call(haystack, byte, offset) :
    TypedArrayLastIndexOf.call(haystack, byte, offset);
}

/// The search of nbytes::SearchString over 16-bit units: a match of `needle` in `haystack`
/// (both even-sized) at an even byte position, the first at or after `offset` or the last
/// at or before it; -1 when there is none.
function searchUnits(haystack, needle, offset, isForward) {
  if (haystack.length < needle.length) return -1;
  let start = offset - (offset % 2);
  if (isForward) {
    let pos = binding.indexOf(haystack, needle, start, true);
    while (pos !== -1 && pos % 2 !== 0) pos = binding.indexOf(haystack, needle, pos + 1, true);
    return pos;
  }
  const last = haystack.length - needle.length;
  if (start > last) start = last;
  let pos = binding.indexOf(haystack, needle, start, false);
  while (pos > 0 && pos % 2 !== 0) pos = binding.indexOf(haystack, needle, pos - 1, false);
  return pos % 2 === 0 ? pos : -1;
}

/// Node: src/node_buffer.cc IndexOfString for UCS-2: the needle's code units, matched at
/// even positions of the haystack's even-sized prefix.
function indexOfUcs2String(haystack, string, byteOffset, isForward) {
  const haystackLength = haystack.length - (haystack.length % 2);
  const needleLength = string.length * 2;
  const offset = indexOfOffset(haystackLength, byteOffset, needleLength, isForward);
  if (needleLength === 0) return offset;
  if (haystackLength === 0 || offset <= -1) return -1;
  if ((isForward && needleLength + offset > haystackLength) || needleLength > haystackLength) return -1;
  const needle = encodeString(string, 'utf16le', needleLength);
  return searchUnits(haystack.subarray(0, haystackLength), needle, offset, isForward);
}

/// Node: src/node_buffer.cc IndexOfBuffer for UCS-2 (including its answer of the unit-
/// rounded length when nothing is found in an odd-sized haystack).
function indexOfUcs2Buffer(haystack, needle, byteOffset, isForward) {
  const haystackLength = haystack.length;
  const needleLength = needle.length;
  const offset = indexOfOffset(haystackLength, byteOffset, needleLength, isForward);
  if (needleLength === 0) return offset;
  if (haystackLength === 0 || offset <= -1) return -1;
  if ((isForward && needleLength + offset > haystackLength) || needleLength > haystackLength) return -1;
  if (haystackLength < 2 || needleLength < 2) return -1;
  const units = haystackLength - (haystackLength % 2);
  let pos = searchUnits(haystack.subarray(0, units), needle.subarray(0, needleLength - (needleLength % 2)),
    offset, isForward);
  if (pos === -1) pos = units;
  return pos === haystackLength ? -1 : pos;
}

/// Node: lib/buffer.js bidirectionalIndexOf — the first index of `val` at or after
/// `byteOffset` (dir true), or the last at or before it; `val` a string, number or buffer.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!isArrayBufferView(buffer)) validateBuffer(buffer);

  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // Coerce to Number: null and [] become 0; undefined, 'foo' and {} search everything.
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset) || 0;
  dir = !!dir;

  const haystack = bufferView(buffer);
  if (typeof val === 'number') return indexOfNumber(haystack, val >>> 0, byteOffset, dir);

  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (ops.encoding === 'utf16le') return indexOfUcs2String(haystack, val, byteOffset, dir);
    const needle = encodeString(val, ops.encoding, ops.byteLength(val));
    return binding.indexOf(haystack, needle, byteOffset, dir);
  }

  if (isUint8Array(val)) {
    if (ops !== undefined && ops.encoding === 'utf16le') return indexOfUcs2Buffer(haystack, val, byteOffset, dir);
    return binding.indexOf(haystack, val, byteOffset, dir);
  }

  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// Usage:
//    buffer.fill(number[, offset[, end]])
//    buffer.fill(buffer[, offset[, end]])
//    buffer.fill(string[, offset[, end]][, encoding])
Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

/// Node: lib/buffer.js _fill
function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }

    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    encoding = normalizedEncoding;

    if (value.length === 0) {
      // An empty string fills with zeroes.
      value = 0;
    } else if (value.length === 1) {
      // A string of one byte fills with that byte.
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    // Invalid ranges are not set to a default, so can range check early.
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = TypedArrayByteLength.call(buf);
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    TypedArrayFill.call(buf, value, offset, end);
  } else {
    fillWith(buf, value, offset, end, encoding);
  }
  return buf;
}

/// Node: src/node_buffer.cc Fill — bytes [offset, end) of `buf` repeat the bytes of `value`
/// (an ArrayBufferView, or a string in `encoding`); any other value is a number.
function fillWith(buf, value, offset, end, encoding) {
  const target = bufferView(buf);
  if (offset > end || end > target.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  if (typeof value !== 'string' && !isArrayBufferView(value)) {
    TypedArrayFill.call(target, value, offset, end);
    return;
  }
  const fillLength = end - offset;
  if (fillLength === 0) return;
  let pattern;
  if (typeof value !== 'string') {
    pattern = bufferView(value);
  } else if (encoding === 'utf8') {
    // Whole characters up to at least fillLength bytes: the fill may end inside one.
    pattern = encodeString(value, 'utf8', Math.min(binding.byteLengthUtf8(value), fillLength + 3));
  } else if (encoding === 'utf16le') {
    pattern = encodeString(value, 'utf16le', Math.min(value.length * 2, fillLength + 1));
  } else {
    // Node writes the string once, then repeats what was written.
    const written = binding.write(target, value, offset, fillLength, encoding);
    if (written === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
    if (written >= fillLength) return;
    pattern = TypedArraySlice.call(target, offset, offset + written);
  }
  if (pattern.length >= fillLength) {
    TypedArraySet.call(target, pattern.subarray(0, fillLength), offset);
    return;
  }
  if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (pattern.buffer === target.buffer) pattern = TypedArraySlice.call(pattern);
  binding.fill(target, pattern, offset, end);
}

/// Node: lib/buffer.js Buffer.prototype.write(string[, offset[, length]][, encoding])
Buffer.prototype.write = function write(string, offset, length, encoding) {
  // Buffer#write(string);
  if (offset === undefined) return checkedWrite(this, string, 0, this.length, 'utf8');

  if (length === undefined && typeof offset === 'string') {
    // Buffer#write(string, encoding)
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    // Buffer#write(string, offset[, length][, encoding])
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }

  if (!encoding || encoding === 'utf8') return checkedWrite(this, string, offset, length, 'utf8');
  if (encoding === 'ascii') return checkedWrite(this, string, offset, length, 'ascii');

  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return checkedWrite(this, string, offset, length, ops.encoding);
};

Buffer.prototype.toJSON = function toJSON() {
  if (this.length > 0) return { type: 'Buffer', data: ArrayPrototypeSlice.call(this) };
  return { type: 'Buffer', data: [] };
};

/// Node: lib/buffer.js adjustOffset — Math.trunc keeps offsets beyond Int32.
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

/// Node: lib/buffer.js Buffer.prototype.subarray — a Buffer over the same memory.
Buffer.prototype.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

Buffer.prototype.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

Buffer.prototype.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
};

Buffer.prototype.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};

Buffer.prototype.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

// ---------------------------------------------------------------------------------------
// transcode: Node converts with ICU (src/node_i18n.cc Transcode); this does the same
// conversions between the encodings ICU is given (ascii, latin1, utf8, utf16le) with ICU's
// results: characters the target cannot hold become '?', undecodable input U+FFFD (or '?'),
// and UTF-8 <-> UTF-16 conversions of ill-formed input fail with U_INVALID_CHAR_FOUND.

const kTranscodable = new Set(['ascii', 'latin1', 'utf8', 'utf16le']);

function transcodeError(code, errno) {
  const error = new Error(`Unable to transcode Buffer [${code}]`);
  error.code = code;
  error.errno = errno;
  return error;
}

/// The characters of `source` decoded from `from` for a conversion to `to`.
function transcodeDecode(source, from, to) {
  const length = source.length;
  switch (from) {
    case 'ascii': {
      const text = binding.slice(source, 0, length, 'latin1');
      // Bytes above 0x7F are not ASCII (ICU's UTF-16 conversion widens them all).
      return to === 'utf16le' ? text : text.replace(/[\x80-\xff]/g, '\ufffd');
    }
    case 'latin1':
      return binding.slice(source, 0, length, 'latin1');
    case 'utf8':
      if (to === 'utf16le' && !binding.isUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
      return binding.slice(source, 0, length, 'utf8');
    default: {
      // utf16le: a lone byte at the end is a truncated character.
      let text = binding.slice(source, 0, length - (length % 2), 'utf16le');
      if (to === 'utf8') {
        // (ICU's UTF-8 conversion also fails for a source of a single byte.)
        if (length < 2 || !text.isWellFormed()) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
      } else if (to === 'utf16le') {
        text = text.toWellFormed();
        if (length % 2 !== 0) text += '\ufffd';
      }
      return text;
    }
  }
}

/// Node: lib/buffer.js transcode(source, fromEncoding, toEncoding)
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);

  fromEncoding = normalizeEncoding(fromEncoding) || fromEncoding;
  toEncoding = normalizeEncoding(toEncoding) || toEncoding;
  if (!kTranscodable.has(fromEncoding) || !kTranscodable.has(toEncoding)) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }

  let text = transcodeDecode(source, fromEncoding, toEncoding);
  // Each code point the target cannot hold becomes one '?'.
  if (toEncoding === 'ascii') text = text.replace(/[^\x00-\x7f]/gu, '?');
  else if (toEncoding === 'latin1') text = text.replace(/[^\x00-\xff]/gu, '?');

  const ops = encodingOps[toEncoding];
  return createFromString(text, ops);
}

// ---------------------------------------------------------------------------------------

/// Whether an ArrayBuffer was detached (ArrayBuffer.prototype.detached, where it exists).
function isDetached(buffer) {
  if (typeof buffer.detached === 'boolean') return buffer.detached;
  if (buffer.byteLength !== 0) return false;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

/// The bytes isUtf8/isAscii look at (Node: src/node_buffer.cc IsUtf8).
function validationBytes(input) {
  if (isDetached(isAnyArrayBuffer(input) ? input : input.buffer)) {
    throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
  }
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  return bufferView(input);
}

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) return binding.isUtf8(validationBytes(input));
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) return binding.isAscii(validationBytes(input));
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

/// Node: lib/internal/blob.js resolveObjectURL — the Blob a `blob:nodedata:...` URL made by
/// URL.createObjectURL() stands for, or undefined.
function resolveObjectURL(url) {
  url = `${url}`;
  try {
    const parsed = new URL(url);
    const split = parsed.pathname.split(':');
    if (split.length !== 2) return;
    const { 0: base, 1: id } = split;
    if (base !== 'nodedata') return;
    const stored = require('internal/blob/binding').resolve(`blob:nodedata:${id}`);
    if (stored === undefined) return;
    const { 0: bytes, 1: type } = stored;
    return require('internal/blob').deserialize({ bytes, type });
  } catch {
    // Any error means no blob.
  }
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,

  // Legacy
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});

/// Node: lib/internal/util.js defineLazyProperties — accessors that load the value on
/// first use, then become data properties.
function defineLazyProperties(target, load, keys) {
  for (const key of keys) {
    let value;
    function set(v) {
      Object.defineProperty(target, key, { __proto__: null, writable: true, value: v });
    }
    Object.defineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    function get() {
      if (value === undefined) {
        value = load()[key];
        set(value);
      }
      return value;
    }
    Object.defineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    Object.defineProperty(target, key, { __proto__: null, configurable: true, enumerable: true, get, set });
  }
}

defineLazyProperties(module.exports, () => ({ Blob: require('internal/blob').Blob, resolveObjectURL }),
  ['Blob', 'resolveObjectURL']);
defineLazyProperties(module.exports, () => require('internal/blob'), ['File']);
