// node:string_decoder (Node: lib/string_decoder.js + src/string_decoder.cc): StringDecoder
// turns a series of byte chunks (any ArrayBufferView; Buffer once it exists) into strings
// without splitting multi-byte characters, surrogate pairs or base64 groups. Node keeps
// the decoder's state in a 7-byte buffer (4 bytes of incomplete character, then missing
// bytes, buffered bytes, encoding id); this file keeps the same layout, so `lastChar`,
// `lastNeed` and `lastTotal` read exactly as in Node. `lastChar` is a Buffer when
// `globalThis.Buffer` exists, else a Uint8Array.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

const kNativeDecoder = Symbol('kNativeDecoder');

// Layout of the state buffer (Node: src/string_decoder.h Fields).
const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

// Node's encoding ids (src/node.h enum encoding).
const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;
const encodingsMap = {
  __proto__: null,
  ascii: ASCII, utf8: UTF8, base64: BASE64, utf16le: UCS2,
  latin1: LATIN1, hex: HEX, buffer: 6, base64url: BASE64URL,
};

const { normalizeEncoding: normalizeEncodingName } = require('internal/util');

// Node: lib/string_decoder.js normalizeEncoding. An unknown name is accepted only when
// a (monkey-patched) Buffer.isEncoding says it is an encoding.
function normalizeEncoding(enc) {
  const nenc = normalizeEncodingName(enc);
  if (nenc === undefined) {
    const B = globalThis.Buffer;
    if (!(typeof B === 'function' && typeof B.isEncoding === 'function' && B.isEncoding(enc))) {
      throw new ERR_UNKNOWN_ENCODING(enc);
    }
    return enc;
  }
  return nenc;
}

function allocState() {
  const B = globalThis.Buffer;
  if (typeof B === 'function' && typeof B.alloc === 'function') return B.alloc(kSize);
  return new Uint8Array(kSize);
}

// ---- bytes -> string for each encoding (Node: MakeString / StringBytes::Encode) ----

let utf8Decoder;
function decodeUtf8(bytes) {
  // V8's decoder: WHATWG replacement semantics, and a BOM is kept.
  if (utf8Decoder === undefined) utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return utf8Decoder.decode(bytes);
}

function fromCodes(codes) {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192));
  }
  return out;
}

// Lone surrogates are kept as they are; an odd last byte is ignored.
function decodeUtf16le(bytes) {
  const units = new Uint16Array(bytes.length >> 1);
  for (let i = 0; i < units.length; i++) units[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
  return fromCodes(units);
}

function decodeLatin1(bytes) {
  return fromCodes(bytes);
}

function decodeAscii(bytes) {
  const codes = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) codes[i] = bytes[i] & 0x7f;
  return fromCodes(codes);
}

const hexDigits = '0123456789abcdef';
function decodeHex(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += hexDigits[bytes[i] >> 4] + hexDigits[bytes[i] & 15];
  return out;
}

const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64UrlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// base64 is padded with '='; base64url is not.
function decodeBase64(bytes, url) {
  const chars = url ? base64UrlChars : base64Chars;
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += chars[n >> 18] + chars[(n >> 12) & 63] + chars[(n >> 6) & 63] + chars[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += chars[n >> 18] + chars[(n >> 12) & 63] + (url ? '' : '==');
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += chars[n >> 18] + chars[(n >> 12) & 63] + chars[(n >> 6) & 63] + (url ? '' : '=');
  }
  return out;
}

function makeString(bytes, encoding) {
  switch (encoding) {
    case UTF8: return decodeUtf8(bytes);
    case UCS2: return decodeUtf16le(bytes);
    case BASE64: return decodeBase64(bytes, false);
    case BASE64URL: return decodeBase64(bytes, true);
    case HEX: return decodeHex(bytes);
    case LATIN1: return decodeLatin1(bytes);
    default: return decodeAscii(bytes);
  }
}

// ---- the decoder state machine ----

// Node: src/string_decoder.cc StringDecoder::DecodeData
function decodeData(state, data) {
  const encoding = state[kEncodingField];
  if (encoding !== UTF8 && encoding !== UCS2 && encoding !== BASE64 && encoding !== BASE64URL) {
    return makeString(data, encoding);
  }

  let start = 0;
  let nread = data.length;
  let prepend = '';

  if (state[kMissingBytes] > 0) {
    // Finish the character left from the previous chunk.
    if (encoding === UTF8) {
      // A byte that should have continued the character but is no continuation
      // byte ends it: the incomplete bytes go to the decoder as they are.
      for (let i = 0; i < nread && i < state[kMissingBytes]; ++i) {
        if ((data[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(data.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start += i;
          nread -= i;
          break;
        }
      }
    }
    const found = Math.min(nread, state[kMissingBytes]);
    state.set(data.subarray(start, start + found), kIncompleteCharactersStart + state[kBufferedBytes]);
    start += found;
    nread -= found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state.subarray(kIncompleteCharactersStart, state[kBufferedBytes]), encoding);
      state[kBufferedBytes] = 0;
    }
  }

  // Finishing the previous character may have used the whole chunk.
  if (nread === 0) return prepend;

  if (encoding === UTF8) {
    if (data[start + nread - 1] & 0x80) findIncompleteUtf8(state, data, start, nread);
  } else if (encoding === UCS2) {
    if ((nread % 2) === 1) {
      // Half a code unit.
      state[kBufferedBytes] = 1;
      state[kMissingBytes] = 1;
    } else if ((data[start + nread - 1] & 0xFC) === 0xD8) {
      // A high surrogate waiting for its low half.
      state[kBufferedBytes] = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    state[kBufferedBytes] = nread % 3;
    if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
  }

  const buffered = state[kBufferedBytes];
  if (buffered > 0) {
    nread -= buffered;
    state.set(data.subarray(start + nread, start + nread + buffered), kIncompleteCharactersStart);
  }
  const body = nread > 0 ? makeString(data.subarray(start, start + nread), encoding) : '';
  return prepend + body;
}

// The chunk ends on a non-ASCII UTF-8 byte: keep back the start of a character that
// is not complete yet (setting buffered and missing bytes), if there is one.
function findIncompleteUtf8(state, data, start, nread) {
  for (let i = nread - 1; ; --i) {
    state[kBufferedBytes]++;
    const b = data[start + i];
    if ((b & 0xC0) === 0x80) {
      // A continuation byte. Four of them, or no lead byte in the chunk: invalid
      // anyway, let the decoder replace it.
      if (state[kBufferedBytes] >= 4 || i === 0) {
        state[kBufferedBytes] = 0;
        return;
      }
      continue;
    }
    // A lead byte tells how long the character should be.
    if ((b & 0xE0) === 0xC0) {
      state[kMissingBytes] = 2;
    } else if ((b & 0xF0) === 0xE0) {
      state[kMissingBytes] = 3;
    } else if ((b & 0xF8) === 0xF0) {
      state[kMissingBytes] = 4;
    } else {
      state[kBufferedBytes] = 0;
      return;
    }
    if (state[kBufferedBytes] >= state[kMissingBytes]) {
      // Complete (or too long, which is invalid anyway): nothing to keep back.
      state[kMissingBytes] = 0;
      state[kBufferedBytes] = 0;
    }
    state[kMissingBytes] -= state[kBufferedBytes];
    return;
  }
}

// Node: src/string_decoder.cc StringDecoder::FlushData
function flushData(state) {
  const encoding = state[kEncodingField];
  if (encoding === UCS2 && state[kBufferedBytes] % 2 === 1) {
    // A single trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state.subarray(kIncompleteCharactersStart, state[kBufferedBytes]), encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

function viewBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

// Node: lib/string_decoder.js StringDecoder
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = allocState();
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

// Node: lib/string_decoder.js StringDecoder.prototype.write
// The decoded string, without an incomplete character at the end (kept for later).
StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decodeData(this[kNativeDecoder], viewBytes(buf));
};

// Node: lib/string_decoder.js StringDecoder.prototype.end
// Decodes `buf` (if given), then flushes what is left; the decoder can be reused after.
StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flushData(this[kNativeDecoder]);
  return ret;
};

// Node: lib/string_decoder.js StringDecoder.prototype.text (undocumented legacy)
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

exports.StringDecoder = StringDecoder;
