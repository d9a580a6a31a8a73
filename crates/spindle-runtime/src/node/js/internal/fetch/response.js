// internal/fetch/response (Fetch §6.4 Response class, with the Body mixin of §5; Node:
// undici lib/web/fetch/response.js): responses made by scripts — there is no `fetch()`
// (no network), so every Response is of type "default" or "error". Not serializable:
// structured clone refuses one with a DataCloneError, as HTML says of platform objects.
'use strict';

const {
  Headers, convertHeadersInit, fillHeaders, appendHeader, createHeaders, copyHeaders, setGuard,
} = require('internal/fetch/headers');
const { toByteString, toUnsignedInteger, illegalInvocation } = require('internal/webidl');
const { kState } = require('internal/webstreams/util');
const { extractBody, isUnusable, cloneBody, defineBodyMixin } = require('internal/fetch/body');

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');

/// Fetch §2.2.3 null body status
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);
/// Fetch §2.2.3 redirect status
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
// RFC 9112 §4 reason-phrase = *( HTAB / SP / VCHAR / obs-text )
const reasonPhrase = /^[\t\x20-\x7E\x80-\xFF]*$/;


let stateOf;

/// Fetch §6.4 Response
class Response {
  /// { type, status, statusText, headers, body: null | { stream, type } }
  #state;

  static {
    stateOf = (response) => {
      if (response === null || typeof response !== 'object' || !(#state in response)) {
        throw illegalInvocation();
      }
      return response.#state;
    };
  }

  constructor(body = null, init = undefined) {
    if (body === kCreate) {
      this.#state = init;
      return;
    }
    const extracted = body === null || body === undefined ? null : extractBody(body);
    const dictionary = convertResponseInit(init, 'Response constructor');
    this.#state = { type: 'default', status: 200, statusText: '', headers: createHeaders('response'), body: null };
    initializeResponse(this.#state, dictionary, extracted);
  }

  /// §6.4 Response.error(): a network error, with immutable headers.
  static error() {
    return new Response(kCreate, {
      type: 'error', status: 0, statusText: '', headers: createHeaders('immutable'), body: null,
    });
  }

  /// §6.4 Response.json(data, init): the JSON text of `data` as the body.
  static json(data, init = undefined) {
    if (arguments.length < 1) throw new TypeError('Response.json: 1 argument required, but 0 found.');
    const dictionary = convertResponseInit(init, 'Response.json');
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const state = { type: 'default', status: 200, statusText: '', headers: createHeaders('response'), body: null };
    const body = extractBody(text);
    initializeResponse(state, dictionary, { stream: body.stream, type: 'application/json' });
    return new Response(kCreate, state);
  }

  /// §6.4 Response.redirect(url, status): the URL parsed without a base (a runtime has no
  /// document), status one of the redirect statuses.
  static redirect(url, status = 302) {
    if (arguments.length < 1) throw new TypeError('Response.redirect: 1 argument required, but 0 found.');
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (e) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: e });
    }
    status = toUnsignedInteger(status, 16);
    if (!REDIRECT_STATUS.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const headers = createHeaders('response');
    appendHeader(headers, 'location', parsed.href);
    setGuard(headers, 'immutable');
    return new Response(kCreate, { type: 'default', status, statusText: '', headers, body: null });
  }

  get type() { return stateOf(this).type; }
  get url() { stateOf(this); return ''; }
  get redirected() { stateOf(this); return false; }
  get status() { return stateOf(this).status; }
  get ok() {
    const { status } = stateOf(this);
    return status >= 200 && status <= 299;
  }
  get statusText() { return stateOf(this).statusText; }
  get headers() { return stateOf(this).headers; }
  get body() { return stateOf(this).body?.stream ?? null; }

  /// §5 bodyUsed: the body's stream has been read from.
  get bodyUsed() {
    const { body } = stateOf(this);
    return body !== null && body.stream[kState].disturbed;
  }

  /// §6.4 clone(): a response with the same status and a copy of the headers, its body a
  /// branch of this one's teed stream.
  clone() {
    const state = stateOf(this);
    if (isUnusable(state.body)) throw new TypeError('Response.clone: Body has already been consumed.');
    return new Response(kCreate, {
      type: state.type,
      status: state.status,
      statusText: state.statusText,
      headers: copyHeaders(state.headers),
      body: state.body === null ? null : cloneBody(state.body),
    });
  }

  [kInspectCustom](depth, options) {
    const state = stateOf(this);
    const fields = {
      status: state.status,
      statusText: state.statusText,
      headers: state.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: false,
      type: state.type,
      url: '',
    };
    // As undici: the fields as a top-level object, with the caller's whole depth (2 for none).
    const { inspect } = require('internal/util/inspect');
    return `Response ${inspect(fields, { ...options, depth: options.depth === null ? 2 : options.depth })}`;
  }
}

/// WebIDL conversion of a ResponseInit dictionary, its members in undici's order (status,
/// statusText, headers), each read once. Nothing is validated yet: a bad status with a
/// statusText that is no ByteString throws the conversion's TypeError, not the RangeError.
function convertResponseInit(init, prefix) {
  const dictionary = { status: 200, statusText: '', headers: undefined };
  if (init === undefined || init === null) return dictionary;
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`${prefix}: Expected init to be a dictionary.`);
  }
  const status = init.status;
  if (status !== undefined) dictionary.status = toUnsignedInteger(status, 16);
  const statusText = init.statusText;
  if (statusText !== undefined) dictionary.statusText = toByteString(statusText, prefix, 'init.statusText');
  const headers = init.headers;
  if (headers !== undefined) dictionary.headers = convertHeadersInit(headers, prefix, 'init.headers');
  return dictionary;
}

/// Fetch §6.4 "initialize a response" with a converted ResponseInit: status, status text and
/// headers, then the body and its Content-Type.
function initializeResponse(state, init, body) {
  if (init.status < 200 || init.status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  if (!reasonPhrase.test(init.statusText)) throw new TypeError('Invalid statusText');
  state.status = init.status;
  state.statusText = init.statusText;
  if (init.headers !== undefined) fillHeaders(state.headers, init.headers);
  if (body !== null) {
    if (NULL_BODY_STATUS.has(state.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${state.status}`);
    }
    state.body = { stream: body.stream, type: body.type };
    if (body.type !== null && !state.headers.has('content-type')) {
      appendHeader(state.headers, 'content-type', body.type);
    }
  }
}

// §5 the Body mixin's methods (after clone, in Node's order).
defineBodyMixin(Response.prototype, stateOf);

for (const name of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body', 'bodyUsed',
  'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']) {
  Object.defineProperty(Response.prototype, name, { enumerable: true });
}
for (const name of ['error', 'redirect', 'json']) {
  Object.defineProperty(Response, name, { enumerable: true });
}
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

require('internal/url/binding').markNotSerializable(Response.prototype);
require('internal/url/binding').markNotSerializable(Headers.prototype);

module.exports = { Response, Headers };
