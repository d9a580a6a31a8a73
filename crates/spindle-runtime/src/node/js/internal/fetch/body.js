// internal/fetch/body (Fetch §5 "Body mixin" and §2.2.7 bodies; Node: undici
// lib/web/fetch/body.js): extracting a body from a BodyInit, and reading one. A body is
// `{ stream, type }`: a ReadableStream with byte reading support and the Content-Type its
// source implies (null if none).
'use strict';

const { kBlob, isBlob } = require('internal/blob');
const { toUSVString } = require('internal/webidl');
const { kState } = require('internal/webstreams/util');
const {
  ReadableStream,
  isReadableStream,
  IsReadableStreamLocked,
  AcquireReadableStreamDefaultReader,
  ReadableStreamDefaultReaderRead,
  ReadableStreamTee,
} = require('internal/webstreams/readablestream');

const encoder = new TextEncoder();

/// A ReadableStream with byte reading support whose one chunk is `bytes` (a copy: enqueuing
/// transfers the chunk's buffer).
function byteStream(bytes) {
  const chunk = bytes.slice();
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      if (chunk.byteLength > 0) controller.enqueue(chunk);
      controller.close();
    },
  });
}


/// Fetch §5 "extract a body" from a BodyInit (ReadableStream, Blob, BufferSource, FormData,
/// URLSearchParams or USVString). A value of none of those
/// types is a USVString, as WebIDL converts the union.
function extractBody(object) {
  if (isReadableStream(object)) {
    if (object[kState].disturbed || IsReadableStreamLocked(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { stream: object, type: null };
  }
  if (isBlob(object)) {
    const { bytes, type } = object[kBlob];
    return { stream: byteStream(bytes), type: type === '' ? null : type };
  }
  if (ArrayBuffer.isView(object)) {
    return { stream: byteStream(new Uint8Array(object.buffer, object.byteOffset, object.byteLength)), type: null };
  }
  if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)) {
    return { stream: byteStream(new Uint8Array(object)), type: null };
  }
  const { isFormData, serializeMultipart } = require('internal/fetch/form_data');
  if (isFormData(object)) {
    const { bytes, type } = serializeMultipart(object);
    return { stream: byteStream(bytes), type };
  }
  const { URLSearchParams } = require('internal/url');
  if (object instanceof URLSearchParams) {
    return {
      stream: byteStream(encoder.encode(object.toString())),
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
    };
  }
  return { stream: byteStream(encoder.encode(toUSVString(object))), type: 'text/plain;charset=UTF-8' };
}

/// Fetch §5 "unusable": the body's stream has been read from, or is locked.
function isUnusable(body) {
  return body !== null && (body.stream[kState].disturbed || IsReadableStreamLocked(body.stream));
}

/// Fetch §2.2.7 "fully read body": every chunk (each must be a Uint8Array), concatenated.
function fullyRead(stream) {
  return new Promise((resolve, reject) => {
    const reader = AcquireReadableStreamDefaultReader(stream);
    const chunks = [];
    let length = 0;
    const readRequest = {
      chunkSteps(chunk) {
        if (!(chunk instanceof Uint8Array)) {
          reject(new TypeError('Received non-Uint8Array chunk'));
          return;
        }
        chunks.push(chunk);
        length += chunk.byteLength;
        // The next read, in a later microtask (a read request's steps must not re-enter).
        queueMicrotask(() => ReadableStreamDefaultReaderRead(reader, readRequest));
      },
      closeSteps() {
        const out = new Uint8Array(length);
        let offset = 0;
        for (const chunk of chunks) {
          out.set(chunk, offset);
          offset += chunk.byteLength;
        }
        resolve(out);
      },
      errorSteps(e) {
        reject(e);
      },
    };
    ReadableStreamDefaultReaderRead(reader, readRequest);
  });
}

/// Fetch §5 "consume body": the body's bytes (empty for a null body), or a rejection when
/// the body is unusable or its stream errors.
async function consumeBody(body) {
  if (isUnusable(body)) throw new TypeError('Body is unusable: Body has already been read');
  if (body === null) return new Uint8Array(0);
  return fullyRead(body.stream);
}

/// Fetch §2.2.7 "clone a body": tee its stream; the body keeps one branch, the clone gets
/// the other (and the body's other fields, such as a Request body's `fromStream`).
function cloneBody(body) {
  const [out1, out2] = ReadableStreamTee(body.stream, true);
  body.stream = out1;
  return { ...body, stream: out2 };
}

// ---- MIME types (MIME Sniffing "parse"/"serialize a MIME type"; Fetch "extract a MIME type") --

const httpToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const httpQuotedStringToken = /^[\t\x20-\x7E\x80-\xFF]*$/;
const httpWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const trailingHttpWhitespace = /[\t\n\r ]+$/;

/// Fetch "collect an HTTP quoted string" from `input` at `position.i` (a '"'); with
/// extractValue, the string's value, else the string as written.
function collectQuotedString(input, position, extractValue) {
  const start = position.i;
  let value = '';
  position.i++;
  for (;;) {
    while (position.i < input.length && input[position.i] !== '"' && input[position.i] !== '\\') {
      value += input[position.i++];
    }
    if (position.i >= input.length) break;
    const quoteOrBackslash = input[position.i++];
    if (quoteOrBackslash === '\\') {
      if (position.i >= input.length) {
        value += '\\';
        break;
      }
      value += input[position.i++];
    } else {
      break;
    }
  }
  return extractValue ? value : input.slice(start, position.i);
}

/// MIME Sniffing "parse a MIME type": { essence, parameters } or null for failure.
function parseMimeType(input) {
  input = input.replace(httpWhitespace, '');
  const position = { i: 0 };
  const slash = input.indexOf('/');
  if (slash === -1) return null;
  const type = input.slice(0, slash);
  if (!httpToken.test(type)) return null;
  position.i = slash + 1;
  let end = input.indexOf(';', position.i);
  if (end === -1) end = input.length;
  const subtype = input.slice(position.i, end).replace(trailingHttpWhitespace, '');
  if (!httpToken.test(subtype)) return null;
  position.i = end;
  const mimeType = { essence: `${type}/${subtype}`.toLowerCase(), parameters: new Map() };
  while (position.i < input.length) {
    position.i++; // the ';'
    while (position.i < input.length && /[\t\n\r ]/.test(input[position.i])) position.i++;
    let nameEnd = position.i;
    while (nameEnd < input.length && input[nameEnd] !== ';' && input[nameEnd] !== '=') nameEnd++;
    const name = input.slice(position.i, nameEnd).toLowerCase();
    position.i = nameEnd;
    if (position.i < input.length) {
      if (input[position.i] === ';') continue;
      position.i++; // the '='
    }
    if (position.i >= input.length) break;
    let value;
    if (input[position.i] === '"') {
      value = collectQuotedString(input, position, true);
      while (position.i < input.length && input[position.i] !== ';') position.i++;
    } else {
      let valueEnd = input.indexOf(';', position.i);
      if (valueEnd === -1) valueEnd = input.length;
      value = input.slice(position.i, valueEnd).replace(trailingHttpWhitespace, '');
      position.i = valueEnd;
      if (value === '') continue;
    }
    if (name !== '' && httpToken.test(name) && httpQuotedStringToken.test(value) && !mimeType.parameters.has(name)) {
      mimeType.parameters.set(name, value);
    }
  }
  return mimeType;
}

/// MIME Sniffing "serialize a MIME type".
function serializeMimeType({ essence, parameters }) {
  let out = essence;
  for (const [name, value] of parameters) {
    out += `;${name}=`;
    out += value !== '' && httpToken.test(value) ? value : `"${value.replace(/(["\\])/g, '\\$1')}"`;
  }
  return out;
}

/// Fetch "get, decode, and split" a header value: split at commas outside quoted
/// strings, each part without leading or trailing tabs and spaces.
function decodeAndSplit(input) {
  const position = { i: 0 };
  const values = [];
  let value = '';
  while (position.i < input.length) {
    while (position.i < input.length && input[position.i] !== '"' && input[position.i] !== ',') {
      value += input[position.i++];
    }
    if (position.i < input.length) {
      if (input[position.i] === '"') {
        value += collectQuotedString(input, position, false);
        if (position.i < input.length) continue;
      } else {
        position.i++; // the ','
      }
    }
    values.push(value.replace(/^[\t ]+|[\t ]+$/g, ''));
    value = '';
  }
  return values;
}

/// Fetch "extract a MIME type" from a Content-Type value (null when absent), serialized,
/// or '' for failure: the type blob() gives its Blob (Fetch §5 "get the MIME type").
function mimeTypeOf(contentType) {
  if (contentType === null) return '';
  let charset = null;
  let essence = null;
  let mimeType = null;
  for (const value of decodeAndSplit(contentType)) {
    const temporary = parseMimeType(value);
    if (temporary === null || temporary.essence === '*/*') continue;
    mimeType = temporary;
    if (mimeType.essence !== essence) {
      charset = mimeType.parameters.get('charset') ?? null;
      essence = mimeType.essence;
    } else if (!mimeType.parameters.has('charset') && charset !== null) {
      mimeType.parameters.set('charset', charset);
    }
  }
  return mimeType === null ? '' : serializeMimeType(mimeType);
}

/// Fetch §5 the Body mixin's methods, defined on `proto` (Response's or Request's):
/// "consume body", then the bytes converted. `stateOf` gives an object's `{ body, headers }`
/// (throwing for a wrong receiver, which becomes the rejection).
function defineBodyMixin(proto, stateOf) {
  const consume = (target, convert) => {
    let state;
    try {
      state = stateOf(target);
    } catch (e) {
      return Promise.reject(e);
    }
    return consumeBody(state.body).then((bytes) => convert(bytes, state));
  };
  // Encoding §6 "UTF-8 decode": a leading BOM dropped, invalid sequences replaced.
  const utf8Decode = (bytes) => new TextDecoder().decode(bytes);
  const methods = {
    blob() {
      return consume(this, (bytes, state) => {
        const { Blob } = require('internal/blob');
        return new Blob([bytes], { type: mimeTypeOf(state.headers.get('content-type')) });
      });
    },
    arrayBuffer() {
      return consume(this, (bytes) => bytes.buffer);
    },
    text() {
      return consume(this, utf8Decode);
    },
    json() {
      return consume(this, (bytes) => JSON.parse(utf8Decode(bytes)));
    },
    formData() {
      return consume(this, (bytes, state) => {
        return require('internal/fetch/form_data').parseFormData(bytes, state.headers.get('content-type'));
      });
    },
    bytes() {
      return consume(this, (bytes) => bytes);
    },
  };
  for (const [name, value] of Object.entries(methods)) {
    Object.defineProperty(proto, name, { value, writable: true, enumerable: true, configurable: true });
  }
}

module.exports = {
  defineBodyMixin, extractBody, isUnusable, consumeBody, cloneBody, mimeTypeOf };
