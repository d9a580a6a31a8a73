// internal/fetch/request (Fetch §6.3 Request class, with the Body mixin of §5; Node: undici
// lib/web/fetch/request.js): a request as a script builds it. There is no `fetch()` to
// send one (no network); the object, its headers and its body behave as the standard
// says. Not serializable (a DataCloneError in structured clone).
'use strict';

const {
  convertHeadersInit, fillHeaders, appendHeader, createHeaders, copyHeaders,
} = require('internal/fetch/headers');
const { toByteString, illegalInvocation } = require('internal/webidl');
const { kState } = require('internal/webstreams/util');
const { extractBody, isUnusable, cloneBody, defineBodyMixin } = require('internal/fetch/body');

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');

// RFC 9110 §9: a method is a token.
const methodToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/// Fetch §2.2.1 normalize a method: these are upper-cased when they match ignoring case.
const NORMALIZED_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
/// Fetch §2.2.1 forbidden methods.
const FORBIDDEN_METHODS = ['CONNECT', 'TRACE', 'TRACK'];

/// RequestInit's enumerations (Fetch §6.3), with what each member accepts.
const ENUMS = {
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
    'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  redirect: ['follow', 'error', 'manual'],
  duplex: ['half'],
  priority: ['high', 'low', 'auto'],
};

/// Fetch §2.2.1 CORS-safelisted methods: the only ones a no-cors request may use.
const CORS_SAFELISTED_METHODS = ['GET', 'HEAD', 'POST'];

/// Streams §4.9.1 "create a proxy" for a ReadableStream: a new stream that pulls from
/// `stream` through an identity TransformStream; `stream` is at once locked and disturbed.
function createProxy(stream) {
  const { TransformStream } = require('internal/webstreams/transformstream');
  const { ReadableStreamPipeTo } = require('internal/webstreams/readablestream');
  const { setPromiseIsHandledToTrue } = require('internal/webstreams/util');
  const identity = new TransformStream();
  setPromiseIsHandledToTrue(ReadableStreamPipeTo(stream, identity.writable, false, false, false));
  return identity.readable;
}

let stateOf;

/// Fetch §6.3 Request
class Request {
  /// { method, url, headers, body, signal, mode, credentials, cache, redirect, referrer,
  ///   referrerPolicy, integrity, keepalive, duplex }
  #state;

  static {
    stateOf = (request) => {
      if (request === null || typeof request !== 'object' || !(#state in request)) throw illegalInvocation();
      return request.#state;
    };
  }

  /// §6.3 new Request(input, init)
  constructor(input, init = undefined) {
    if (input === kCreate) {
      this.#state = init;
      return;
    }
    if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but 0 found.');
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError('Request constructor: Expected init to be a dictionary.');
    }
    init ??= {};
    let inputState = null;
    let state;
    if (input !== null && typeof input === 'object' && #state in input) {
      // Step 6: a Request: its request, copied below.
      inputState = input.#state;
      state = { ...inputState, headers: copyHeaders(inputState.headers) };
    } else {
      // Step 5: a URL, parsed without a base (a runtime has no document).
      const text = `${input}`;
      let url;
      try {
        url = new URL(text);
      } catch (cause) {
        throw new TypeError(`Failed to parse URL from ${text}`, { cause });
      }
      if (url.username !== '' || url.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${text}`);
      }
      state = {
        method: 'GET', url: url.href, headers: createHeaders('request'), body: null, signal: null,
        mode: 'cors', credentials: 'same-origin', cache: 'default', redirect: 'follow', referrer: 'about:client',
        referrerPolicy: '', integrity: '', keepalive: false, duplex: 'half',
      };
    }
    // The dictionary's members, each read once, in WebIDL's (alphabetical) order.
    const member = (name) => init[name];
    const body = member('body');
    const cache = member('cache');
    const credentials = member('credentials');
    const duplex = member('duplex');
    const headers = member('headers');
    const integrity = member('integrity');
    const keepalive = member('keepalive');
    let method = member('method');
    const mode = member('mode');
    const priority = member('priority');
    const redirect = member('redirect');
    const referrer = member('referrer');
    const referrerPolicy = member('referrerPolicy');
    const signal = member('signal');
    const initWindow = member('window');
    const enumValue = (name, value) => {
      if (value === undefined) return undefined;
      const s = `${value}`;
      if (!ENUMS[name].includes(s)) {
        throw new TypeError(`Request constructor: ${s} is not an accepted type. Expected one of ${ENUMS[name].join(', ')}.`);
      }
      return s;
    };
    const duplexValue = enumValue('duplex', duplex);
    enumValue('priority', priority);
    // Steps 10-11: a window can only be null (there is no environment to name).
    if (initWindow !== undefined && initWindow !== null) throw new TypeError("'window' option 'client' must be null");
    // Step 13: with any member given, the request is the script's own: the input's
    // referrer and referrer policy are dropped (and a navigation becomes same-origin).
    const initEmpty = [body, cache, credentials, duplex, headers, integrity, keepalive, method, mode, priority,
      redirect, referrer, referrerPolicy, signal, initWindow].every((value) => value === undefined);
    if (!initEmpty) {
      if (state.mode === 'navigate') state.mode = 'same-origin';
      state.referrer = 'about:client';
      state.referrerPolicy = '';
    }
    if (referrer !== undefined) {
      const text = `${referrer}`;
      if (text === '') {
        state.referrer = 'no-referrer';
      } else {
        let parsed;
        try {
          parsed = new URL(text);
        } catch (cause) {
          throw new TypeError(`Referrer "${text}" is not a valid URL.`, { cause });
        }
        state.referrer = parsed.protocol === 'about:' && parsed.pathname === 'client' ? 'about:client' : parsed.href;
      }
    }
    state.referrerPolicy = enumValue('referrerPolicy', referrerPolicy) ?? state.referrerPolicy;
    const modeValue = enumValue('mode', mode);
    if (modeValue === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    state.mode = modeValue ?? state.mode;
    state.credentials = enumValue('credentials', credentials) ?? state.credentials;
    state.cache = enumValue('cache', cache) ?? state.cache;
    if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    state.redirect = enumValue('redirect', redirect) ?? state.redirect;
    if (integrity !== undefined) state.integrity = `${integrity}`;
    if (keepalive !== undefined) state.keepalive = Boolean(keepalive);
    if (method !== undefined) {
      method = toByteString(method, 'Request constructor', 'init.method');
      if (!methodToken.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (FORBIDDEN_METHODS.includes(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      state.method = NORMALIZED_METHODS.includes(upper) ? upper : method;
    }
    // §6.3 step 30: the request's signal follows the given one (or the input's).
    const controller = new AbortController();
    const followed = signal !== undefined ? signal : inputState?.signal;
    if (followed !== undefined && followed !== null) {
      if (!(followed instanceof AbortSignal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      if (followed.aborted) controller.abort(followed.reason);
      else followed.addEventListener('abort', () => controller.abort(followed.reason), { once: true });
    }
    state.signal = controller.signal;
    // Step 32: a no-cors request may only use a CORS-safelisted method.
    if (state.mode === 'no-cors' && !CORS_SAFELISTED_METHODS.includes(state.method)) {
      throw new TypeError(`'${state.method}' is unsupported in no-cors mode.`);
    }
    // Step 33: headers — init's, or a copy of the input's.
    if (headers !== undefined) {
      const converted = convertHeadersInit(headers, 'Request constructor', 'init.headers');
      state.headers = createHeaders('request');
      fillHeaders(state.headers, converted);
    }
    // Steps 34-42: the body.
    const inputBody = inputState?.body ?? null;
    if ((body !== undefined && body !== null) || inputBody !== null) {
      if (state.method === 'GET' || state.method === 'HEAD') {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
    }
    let initBody = null;
    if (body !== undefined && body !== null) {
      // Fetch §5 "extract a body" with the request's keepalive: a stream cannot be kept alive.
      const fromStream = require('internal/webstreams/readablestream').isReadableStream(body);
      if (fromStream && state.keepalive) throw new TypeError('keepalive');
      const extracted = extractBody(body);
      if (extracted.type !== null && !state.headers.has('content-type')) {
        appendHeader(state.headers, 'content-type', extracted.type);
      }
      // `fromStream`: the body's source is null (a ReadableStream given as the body).
      initBody = { stream: extracted.stream, type: extracted.type, fromStream };
    }
    // Step 39: a body read from a stream needs `duplex`, and a CORS or same-origin request.
    const inputOrInitBody = initBody ?? inputBody;
    if (inputOrInitBody !== null && inputOrInitBody.fromStream) {
      if (initBody !== null && duplexValue === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (state.mode !== 'same-origin' && state.mode !== 'cors') {
        throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"');
      }
    }
    let finalBody = inputOrInitBody;
    if (initBody === null && inputBody !== null) {
      // Step 41: the input's body, through a proxy; the input's stream is locked and
      // disturbed (its bodyUsed true) at once.
      if (isUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      finalBody = { ...inputBody, stream: createProxy(inputBody.stream) };
    }
    state.body = finalBody;
    this.#state = state;
  }

  get method() { return stateOf(this).method; }
  get url() { return stateOf(this).url; }
  get headers() { return stateOf(this).headers; }
  get destination() { stateOf(this); return ''; }
  get referrer() {
    const { referrer } = stateOf(this);
    return referrer === 'no-referrer' ? '' : referrer;
  }
  get referrerPolicy() { return stateOf(this).referrerPolicy; }
  get mode() { return stateOf(this).mode; }
  get credentials() { return stateOf(this).credentials; }
  get cache() { return stateOf(this).cache; }
  get redirect() { return stateOf(this).redirect; }
  get integrity() { return stateOf(this).integrity; }
  get keepalive() { return stateOf(this).keepalive; }
  get isReloadNavigation() { stateOf(this); return false; }
  get isHistoryNavigation() { stateOf(this); return false; }
  get signal() { return stateOf(this).signal; }
  get body() { return stateOf(this).body?.stream ?? null; }
  get bodyUsed() {
    const { body } = stateOf(this);
    return body !== null && body.stream[kState].disturbed;
  }
  get duplex() { stateOf(this); return 'half'; }

  /// §6.3 clone(): the same request with a copy of the headers and a branch of the body.
  clone() {
    const state = stateOf(this);
    if (isUnusable(state.body)) throw new TypeError('Request.clone: Body has already been consumed.');
    const controller = new AbortController();
    if (state.signal.aborted) controller.abort(state.signal.reason);
    else state.signal.addEventListener('abort', () => controller.abort(state.signal.reason), { once: true });
    return new Request(kCreate, {
      ...state,
      headers: copyHeaders(state.headers),
      body: state.body === null ? null : cloneBody(state.body),
      signal: controller.signal,
    });
  }

  [kInspectCustom](depth, options) {
    const state = stateOf(this);
    const fields = {
      method: state.method,
      url: state.url,
      headers: state.headers,
      destination: '',
      referrer: this.referrer,
      referrerPolicy: state.referrerPolicy,
      mode: state.mode,
      credentials: state.credentials,
      cache: state.cache,
      redirect: state.redirect,
      integrity: state.integrity,
      keepalive: state.keepalive,
      isReloadNavigation: false,
      isHistoryNavigation: false,
      signal: state.signal,
    };
    const { inspect } = require('internal/util/inspect');
    return `Request ${inspect(fields, { ...options, depth: options.depth === null ? 2 : options.depth })}`;
  }
}

defineBodyMixin(Request.prototype, stateOf);

for (const name of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials',
  'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal', 'body',
  'bodyUsed', 'duplex', 'clone']) {
  Object.defineProperty(Request.prototype, name, { enumerable: true });
}
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

require('internal/url/binding').markNotSerializable(Request.prototype);

module.exports = { Request };
