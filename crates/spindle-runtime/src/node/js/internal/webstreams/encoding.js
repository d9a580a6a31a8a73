// internal/webstreams/encoding (Node: lib/internal/webstreams/encoding.js): TextEncoderStream
// and TextDecoderStream (WHATWG Encoding Standard §7.4 and §7.5 — the streaming forms of
// TextEncoder/TextDecoder, each a TransformStream set up with the standard's "encode and
// enqueue a chunk" / "decode and enqueue a chunk" and flush algorithms).
'use strict';

const {
  makeNodeError,
  codes: {
    ERR_INVALID_THIS,
  },
} = require('internal/errors');

const {
  kState,
  kType,
  isBrandCheck,
  isArrayBuffer,
  isSharedArrayBuffer,
  isArrayBufferView,
  Uint8ArrayCtor,
  customInspectSymbol,
  customInspect,
  kEnumerableProperty,
} = require('internal/webstreams/util');

const {
  CreateTransformStream,
  TransformStreamDefaultControllerEnqueue,
} = require('internal/webstreams/transformstream');

const TextEncoderCtor = globalThis.TextEncoder;
const TextDecoderCtor = globalThis.TextDecoder;

const isTextEncoderStream = isBrandCheck('TextEncoderStream');
const isTextDecoderStream = isBrandCheck('TextDecoderStream');

// ---- TextEncoderStream (Encoding §7.4) ----------------------------------------------------

/// Encoding §7.4 "encode and enqueue a chunk": the chunk's code units, with a leading
/// surrogate left at its end kept for the next chunk and lone surrogates replaced by U+FFFD,
/// encoded as UTF-8.
function encodeAndEnqueueChunk(state, chunk) {
  // WebIDL DOMString conversion: ToString, which refuses symbols.
  const input = `${chunk}`;
  let output = '';
  let start = 0;
  let i = 0;
  if (state.leadingSurrogate !== null && input.length > 0) {
    const first = input.charCodeAt(0);
    if (first >= 0xDC00 && first <= 0xDFFF) {
      output += state.leadingSurrogate + input[0];
      i = 1;
    } else {
      output += '\uFFFD';
    }
    state.leadingSurrogate = null;
    start = i;
  }
  for (; i < input.length; i++) {
    const unit = input.charCodeAt(i);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      if (i + 1 < input.length) {
        const next = input.charCodeAt(i + 1);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          i++;
          continue;
        }
        output += `${input.slice(start, i)}\uFFFD`;
        start = i + 1;
        continue;
      }
      // The last code unit: it may pair with the next chunk's first.
      output += input.slice(start, i);
      state.leadingSurrogate = input[i];
      start = i + 1;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      output += `${input.slice(start, i)}\uFFFD`;
      start = i + 1;
    }
  }
  output += input.slice(start);
  if (output.length > 0) {
    TransformStreamDefaultControllerEnqueue(state.transform[kState].controller, state.encoder.encode(output));
  }
}

/// Encoding §7.4 "encode and flush": a leading surrogate still waiting becomes U+FFFD.
function encodeAndFlush(state) {
  if (state.leadingSurrogate !== null) {
    state.leadingSurrogate = null;
    TransformStreamDefaultControllerEnqueue(state.transform[kState].controller,
      new Uint8ArrayCtor([0xEF, 0xBF, 0xBD]));
  }
}

// Node: lib/internal/webstreams/encoding.js TextEncoderStream
class TextEncoderStream {
  [kType] = 'TextEncoderStream';

  constructor() {
    const state = { __proto__: null, encoder: new TextEncoderCtor(), leadingSurrogate: null, transform: undefined };
    state.transform = CreateTransformStream(
      (chunk) => encodeAndEnqueueChunk(state, chunk),
      () => encodeAndFlush(state));
    this[kState] = state;
  }

  get encoding() {
    if (!isTextEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (!isTextEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!isTextEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: 'utf-8',
      readable: this[kState].transform.readable,
      writable: this[kState].transform.writable,
    });
  }
}

Object.defineProperties(TextEncoderStream.prototype, {
  encoding: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});

// ---- TextDecoderStream (Encoding §7.5) ----------------------------------------------------

function invalidChunkError() {
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

/// Encoding §7.5 "decode and enqueue a chunk": the chunk must be an AllowSharedBufferSource.
function decodeAndEnqueueChunk(state, chunk) {
  if (!isArrayBufferView(chunk) && !isArrayBuffer(chunk) && !isSharedArrayBuffer(chunk)) {
    throw invalidChunkError();
  }
  const output = state.decoder.decode(chunk, { stream: true });
  if (output.length > 0) TransformStreamDefaultControllerEnqueue(state.transform[kState].controller, output);
}

/// Encoding §7.5 "flush and enqueue".
function flushAndEnqueue(state) {
  const output = state.decoder.decode();
  if (output.length > 0) TransformStreamDefaultControllerEnqueue(state.transform[kState].controller, output);
}

// Node: lib/internal/webstreams/encoding.js TextDecoderStream
class TextDecoderStream {
  [kType] = 'TextDecoderStream';

  constructor(label = 'utf-8', options = undefined) {
    const decoder = options === undefined ? new TextDecoderCtor(label) : new TextDecoderCtor(label, options);
    const state = { __proto__: null, decoder, transform: undefined };
    state.transform = CreateTransformStream(
      (chunk) => decodeAndEnqueueChunk(state, chunk),
      () => flushAndEnqueue(state));
    this[kState] = state;
  }

  get encoding() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options) {
    const { decoder, transform } = this[kState];
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: decoder.encoding,
      fatal: decoder.fatal,
      ignoreBOM: decoder.ignoreBOM,
      readable: transform.readable,
      writable: transform.writable,
    });
  }
}

Object.defineProperties(TextDecoderStream.prototype, {
  encoding: kEnumerableProperty,
  fatal: kEnumerableProperty,
  ignoreBOM: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});

module.exports = {
  TextEncoderStream,
  TextDecoderStream,
};
