// internal/url (Node: lib/internal/url.js): the WHATWG URL and URLSearchParams classes
// (URL Standard, https://url.spec.whatwg.org/). The runtime installs both as globals;
// `require('url').URL` re-exports them. Reachable only from built-in modules.
//
// Parsing and the setters are the URL Standard's, done in Rust (the `url` crate) by the
// binding `internal/url/binding`:
//   parse(input, base)       -> components | null
//   set(href, name, value)   -> components | null (null only for a failed 'href')
//   domainToASCII(domain) / domainToUnicode(domain) -> string ('' on failure)
// where components is { href, origin, protocol, username, password, host, hostname,
// port, pathname, search, hash } (the URL Standard getters' results). A URL object keeps
// the components of its current URL record; everything else (the URLSearchParams list,
// its "update steps", the application/x-www-form-urlencoded parser and serializer,
// origin, inspection) is here, following Node 20.
'use strict';

const binding = require('internal/url/binding');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const { toUSVString } = require('internal/webidl');
const toWellFormed = String.prototype.toWellFormed;

// Node: lib/internal/util.js removeColors
const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return String.prototype.replace.call(str, colorRegExp, '');
}

// Node: lib/internal/util.js getConstructorOf
function getConstructorOf(obj) {
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

const kEnumerableProperty = { __proto__: null, enumerable: true };
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// ---- application/x-www-form-urlencoded (URL Standard §5) ----

// hexTable[b] is '%XX' (upper-case hex) for every byte b.
const hexTable = new Array(256);
for (let i = 0; i < 256; ++i) {
  hexTable[i] = '%' + ((i < 16 ? '0' : '') + i.toString(16)).toUpperCase();
}

// formByteTable[b]: how the urlencoded serializer writes byte b. Only the ASCII
// alphanumerics and *-._ are left as they are (the application/x-www-form-urlencoded
// percent-encode set is everything else); 0x20 becomes '+'.
const formByteTable = new Array(256);
const formNoEscape = new Int8Array(128);
for (let b = 0; b < 256; ++b) {
  const isAlnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A);
  const isSafe = isAlnum || b === 0x2A || b === 0x2D || b === 0x2E || b === 0x5F;
  if (isSafe) formNoEscape[b] = 1;
  formByteTable[b] = isSafe ? String.fromCharCode(b) : hexTable[b];
}
formByteTable[0x20] = '+';

let utf8Encoder;
let utf8Decoder;
function encodeUTF8(str) {
  utf8Encoder ??= new TextEncoder();
  return utf8Encoder.encode(str);
}
// "UTF-8 decode without BOM": a leading BOM is kept, invalid sequences become U+FFFD.
function decodeUTF8(bytes) {
  utf8Decoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
  return utf8Decoder.decode(bytes);
}

function isHexDigit(c) {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function hexValue(c) {
  if (c <= 0x39) return c - 0x30;
  return (c | 0x20) - 0x61 + 10;
}

// URL Standard "percent-decode" of the UTF-8 encoding of `str`, then UTF-8 decode.
function percentDecodeString(str) {
  if (!str.includes('%')) return str;
  const bytes = encodeUTF8(str);
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2])) {
      out[length++] = hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]);
      i += 2;
    } else {
      out[length++] = b;
    }
  }
  return decodeUTF8(out.subarray(0, length));
}

// One name or value of a urlencoded string: '+' is a space, then percent-decoding.
function decodeFormComponent(str) {
  if (str.includes('+')) str = str.replace(/\+/g, ' ');
  return percentDecodeString(str);
}

// Node: lib/internal/url.js parseParams
// The application/x-www-form-urlencoded parser (URL Standard §5.1) as a flat
// [name, value, name, value, ...] list. Like Node, a leading '?' is skipped.
function parseParams(qs) {
  const out = [];
  const start = qs[0] === '?' ? 1 : 0;
  if (start >= qs.length) return out;
  const sequences = qs.slice(start).split('&');
  for (let i = 0; i < sequences.length; i++) {
    const sequence = sequences[i];
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    const name = eq === -1 ? sequence : sequence.slice(0, eq);
    const value = eq === -1 ? '' : sequence.slice(eq + 1);
    out.push(decodeFormComponent(name), decodeFormComponent(value));
  }
  return out;
}

// The urlencoded byte serializer of one (well-formed) string.
function encodeFormComponent(str) {
  let out = '';
  let lastPos = 0;
  let i = 0;
  for (; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0x80) break;
    if (formNoEscape[c] === 1) continue;
    if (lastPos < i) out += str.slice(lastPos, i);
    out += formByteTable[c];
    lastPos = i + 1;
  }
  if (i === str.length) return lastPos === 0 ? str : out + str.slice(lastPos);
  // A non-ASCII character: serialize the rest from its UTF-8 bytes.
  if (lastPos < i) out += str.slice(lastPos, i);
  const bytes = encodeUTF8(str.slice(i));
  for (let j = 0; j < bytes.length; j++) out += formByteTable[bytes[j]];
  return out;
}

// Node: lib/internal/url.js serializeParams
// The application/x-www-form-urlencoded serializer (URL Standard §5.2).
function serializeParams(list) {
  let output = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i !== 0) output += '&';
    output += `${encodeFormComponent(list[i])}=${encodeFormComponent(list[i + 1])}`;
  }
  return output;
}

// A stable sort of the pairs of a flat list by name, comparing UTF-16 code units
// (URL Standard: URLSearchParams sort()). Insertion sort for short lists, a bottom-up
// merge sort for long ones, as Node does.
function sortParams(list) {
  const len = list.length;
  if (len <= 2) return;
  if (len < 100) {
    for (let i = 2; i < len; i += 2) {
      const name = list[i];
      const value = list[i + 1];
      let j = i - 2;
      for (; j >= 0 && list[j] > name; j -= 2) {
        list[j + 2] = list[j];
        list[j + 3] = list[j + 1];
      }
      list[j + 2] = name;
      list[j + 3] = value;
    }
    return;
  }
  const buffer = new Array(len);
  for (let width = 2; width < len; width *= 2) {
    for (let start = 0; start < len - width; start += 2 * width) {
      const mid = start + width;
      const end = Math.min(mid + width, len);
      mergePairs(list, start, mid, end, buffer);
    }
  }
}

// Merges the sorted pair runs list[start, mid) and list[mid, end).
function mergePairs(list, start, mid, end, buffer) {
  for (let k = start; k < end; k++) buffer[k] = list[k];
  let l = start;
  let r = mid;
  let o = start;
  while (l < mid && r < end) {
    if (buffer[l] <= buffer[r]) {
      list[o++] = buffer[l++];
      list[o++] = buffer[l++];
    } else {
      list[o++] = buffer[r++];
      list[o++] = buffer[r++];
    }
  }
  while (l < mid) list[o++] = buffer[l++];
  while (r < end) list[o++] = buffer[r++];
}

// ---- URLSearchParams ----

let setURLSearchParamsModified; // (url) URL's hook: its search params changed
let setURLSearchParamsContext; // (params, url) associates params with url
let getURLSearchParamsList; // (params) -> the flat list
let setURLSearchParams; // (params, search) replaces the list by parsing search
let isURLSearchParams; // (value) -> boolean

function checkSearchParamsThis(self) {
  if (!isURLSearchParams(self)) throw new ERR_INVALID_THIS('URLSearchParams');
}

// Node: lib/internal/url.js URLSearchParamsIterator
// The default iterator object of a URLSearchParams (WebIDL "iterable<USVString,
// USVString>"): live over the list; kind is 'key', 'value' or 'key+value'.
class URLSearchParamsIterator {
  #target;
  #kind;
  #index;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
    this.#index = 0;
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const index = this.#index;
    const list = getURLSearchParamsList(this.#target);
    if (index >= list.length) return { value: undefined, done: true };
    const name = list[index];
    const value = list[index + 1];
    this.#index = index + 2;
    let result;
    if (this.#kind === 'key') result = name;
    else if (this.#kind === 'value') result = value;
    else result = [name, value];
    return { value: result, done: false };
  }

  // Node: lib/internal/url.js URLSearchParamsIterator [inspect.custom]
  // `URLSearchParams Iterator { [ 'a', '1' ], [ 'b', '2' ] }` with what is left.
  [kInspectCustom](recurseTimes, ctx) {
    if (!this || typeof this !== 'object' || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = getURLSearchParamsList(this.#target);
    const output = [];
    for (let i = this.#index; i < list.length; i += 2) {
      if (this.#kind === 'key') output.push(list[i]);
      else if (this.#kind === 'value') output.push(list[i + 1]);
      else output.push([list[i], list[i + 1]]);
    }
    const breakLn = inspect(output, innerOpts).includes('\n');
    const outputStrs = output.map((p) => inspect(p, innerOpts));
    const outputStr = breakLn ? `\n  ${outputStrs.join(',\n  ')}` : ` ${outputStrs.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${outputStr} }`;
  }
}

// WebIDL iterator prototype: no constructor, inherits %IteratorPrototype%.
delete URLSearchParamsIterator.prototype.constructor;
Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
Object.defineProperties(URLSearchParamsIterator.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams Iterator' },
  next: kEnumerableProperty,
});

// Node: lib/internal/url.js URLSearchParams
class URLSearchParams {
  #searchParams = [];
  // The associated URL object, if any.
  #context;

  static {
    setURLSearchParamsContext = (obj, url) => { obj.#context = url; };
    getURLSearchParamsList = (obj) => obj.#searchParams;
    setURLSearchParams = (obj, query) => { obj.#searchParams = parseParams(query); };
    isURLSearchParams = (obj) => (typeof obj === 'object' || typeof obj === 'function') &&
      obj !== null && #searchParams in obj;
  }

  // URL Standard: new URLSearchParams(init) — a string (leading '?' dropped), a
  // sequence of [name, value] pairs, or a record of string keys to values.
  constructor(init = undefined) {
    if (init == null) return;
    if (typeof init !== 'object' && typeof init !== 'function') {
      const query = toUSVString(init);
      this.#searchParams = query ? parseParams(query) : [];
      return;
    }
    const method = init[Symbol.iterator];
    if (method === this[Symbol.iterator] && #searchParams in init) {
      this.#searchParams = init.#searchParams.slice();
    } else if (method != null) {
      if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
      this.#appendPairs(init);
    } else {
      this.#appendRecord(init);
    }
  }

  // sequence<sequence<USVString>>: each pair must have exactly two elements.
  #appendPairs(init) {
    const list = this.#searchParams;
    for (const pair of init) {
      if (pair == null) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
      if (Array.isArray(pair)) {
        if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
        list.push(toUSVString(pair[0]), toUSVString(pair[1]));
        continue;
      }
      if ((typeof pair !== 'object' && typeof pair !== 'function') ||
          typeof pair[Symbol.iterator] !== 'function') {
        throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
      }
      let length = 0;
      for (const element of pair) {
        length++;
        list.push(toUSVString(element));
      }
      if (length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
    }
  }

  // record<USVString, USVString>: own enumerable keys in order; two keys that are the
  // same USVString keep one pair with the later value.
  #appendRecord(init) {
    const list = this.#searchParams;
    const visited = new Map();
    const keys = Reflect.ownKeys(init);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const desc = Reflect.getOwnPropertyDescriptor(init, key);
      if (desc === undefined || !desc.enumerable) continue;
      const typedKey = toWellFormed.call(key);
      const typedValue = toUSVString(init[key]);
      const keyIdx = visited.get(typedKey);
      if (keyIdx !== undefined) {
        list[keyIdx] = typedValue;
      } else {
        visited.set(typedKey, list.push(typedKey, typedValue) - 1);
      }
    }
  }

  // Node: lib/internal/url.js URLSearchParams [inspect.custom]
  // `URLSearchParams { 'a' => '1', 'b' => '2' }`, one pair a line past breakLength.
  [kInspectCustom](recurseTimes, ctx) {
    checkSearchParamsThis(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const separator = ', ';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#searchParams;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    }
    const length = output.reduce(
      (prev, cur) => prev + removeColors(cur).length + separator.length, -separator.length);
    const name = this.constructor.name;
    if (length > ctx.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${name} { ${output.join(separator)} }`;
    return `${name} {}`;
  }

  get size() {
    checkSearchParamsThis(this);
    return this.#searchParams.length / 2;
  }

  // The URL Standard's "update steps": tell the associated URL.
  #update() {
    if (this.#context) setURLSearchParamsModified(this.#context);
  }

  append(name, value) {
    checkSearchParamsThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#searchParams.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    checkSearchParamsThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#searchParams;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) {
        list.splice(i, 2);
      } else {
        i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    checkSearchParamsThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#searchParams;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    checkSearchParamsThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#searchParams;
    const values = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    checkSearchParamsThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#searchParams;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  // The first pair named `name` gets `value`, the others are removed; else appended.
  set(name, value) {
    checkSearchParamsThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#searchParams;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    checkSearchParamsThis(this);
    sortParams(this.#searchParams);
    this.#update();
  }

  // Defined as `entries` (its name), also installed as [Symbol.iterator] below.
  entries() {
    checkSearchParamsThis(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkSearchParamsThis(this);
    validateFunction(callback, 'callback');
    let list = this.#searchParams;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      // The callback may have set the URL's search, which replaces the list.
      list = this.#searchParams;
    }
  }

  keys() {
    checkSearchParamsThis(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    checkSearchParamsThis(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  // URL Standard: the stringification behavior is the urlencoded serializer.
  toString() {
    checkSearchParamsThis(this);
    return serializeParams(this.#searchParams);
  }
}

Object.defineProperties(URLSearchParams.prototype, {
  append: kEnumerableProperty,
  delete: kEnumerableProperty,
  get: kEnumerableProperty,
  getAll: kEnumerableProperty,
  has: kEnumerableProperty,
  set: kEnumerableProperty,
  size: kEnumerableProperty,
  sort: kEnumerableProperty,
  entries: kEnumerableProperty,
  forEach: kEnumerableProperty,
  keys: kEnumerableProperty,
  values: kEnumerableProperty,
  toString: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams' },
  [Symbol.iterator]: {
    __proto__: null,
    configurable: true,
    writable: true,
    value: URLSearchParams.prototype.entries,
  },
});

// ---- URL ----

// Node: lib/internal/url.js isURL
// Whether a value looks like a WHATWG URL (not a legacy url.parse() Url).
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

// What Node's C++ URL parser throws for the constructor: a TypeError 'Invalid URL'
// with code, input and (when one was given) base.
function invalidURLError(input, base) {
  const error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  if (base !== undefined) error.base = base;
  return error;
}

// Node's scheme_type (ada::scheme::type) of a protocol.
function schemeType(protocol) {
  switch (protocol) {
    case 'http:': return 0;
    case 'https:': return 2;
    case 'ws:': return 3;
    case 'ftp:': return 4;
    case 'wss:': return 5;
    case 'file:': return 6;
    default: return 1; // not special
  }
}

// What Node's util.inspect(url, { showHidden: true }) shows as [Symbol(context)]:
// Node's URLContext (ada's url_aggregator offsets into href), computed from the
// components. Only built for inspection.
const kOmitted = 4294967295;
class URLContext {
  href = '';
  protocol_end = 0;
  username_end = 0;
  host_start = 0;
  host_end = 0;
  pathname_start = 0;
  search_start = 0;
  hash_start = 0;
  port = 0;
  scheme_type = 1;

  get hasPort() { return this.port !== kOmitted; }
  get hasSearch() { return this.search_start !== kOmitted; }
  get hasHash() { return this.hash_start !== kOmitted; }
}

function makeURLContext(c) {
  const ctx = new URLContext();
  const href = c.href;
  ctx.href = href;
  const protocolEnd = c.protocol.length;
  ctx.protocol_end = protocolEnd;
  if (href.startsWith('//', protocolEnd)) {
    ctx.username_end = protocolEnd + 2 + c.username.length;
    ctx.host_start = ctx.username_end + (c.password !== '' ? 1 + c.password.length : 0);
    const hasCredentials = c.username !== '' || c.password !== '';
    ctx.host_end = ctx.host_start + (hasCredentials ? 1 : 0) + c.hostname.length;
    ctx.pathname_start = ctx.host_end + (c.port !== '' ? 1 + c.port.length : 0);
  } else {
    ctx.username_end = ctx.host_start = ctx.host_end = protocolEnd;
    // A path starting with '//' and no host is serialized after '/.'.
    ctx.pathname_start = protocolEnd + (href.startsWith('/.', protocolEnd) && c.pathname.startsWith('//') ? 2 : 0);
  }
  const afterPath = ctx.pathname_start + c.pathname.length;
  ctx.search_start = href[afterPath] === '?' ? afterPath : kOmitted;
  const hashStart = href.indexOf('#');
  ctx.hash_start = hashStart === -1 ? kOmitted : hashStart;
  ctx.port = c.port === '' ? kOmitted : Number(c.port);
  ctx.scheme_type = schemeType(c.protocol);
  return ctx;
}

const contextForInspect = Symbol('context');
// Lets URL.parse() build a URL without the constructor throwing.
const kParseURLSymbol = Symbol('kParseURL');

const kEmptyComponents = {
  href: '', origin: 'null', protocol: '', username: '', password: '', host: '',
  hostname: '', port: '', pathname: '', search: '', hash: '',
};

let isURLObject;

// What V8 throws where Node's URL calls a private method on a wrong receiver.
function checkURLReceiver(self) {
  if (self == null) throw new TypeError(`Cannot read properties of ${self} (reading 'URL')`);
  if (!isURLObject(self)) throw new TypeError('Receiver must be an instance of class URL');
}

// Node: lib/internal/url.js URL
class URL {
  // The components of the URL record (see the binding), never mutated.
  #context = kEmptyComponents;
  #searchParams;
  // Set when the URLSearchParams changed and the URL's query is not yet updated.
  #searchParamsModified;

  static {
    isURLObject = (obj) => (typeof obj === 'object' || typeof obj === 'function') &&
      obj !== null && #context in obj;
    // The URLSearchParams "update steps", applied lazily as Node does: the URL's query
    // is removed at once (without touching the list) and rebuilt from the list on the
    // next read or update of the URL.
    setURLSearchParamsModified = (obj) => {
      obj.#searchParamsModified = true;
      if (hasQuery(obj.#context)) {
        obj.#updateContext(binding.set(obj.#context.href, 'search', ''));
      }
    };
  }

  // URL Standard: new URL(url, base)
  constructor(input, base = undefined, parseSymbol = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    // Node's C++ parser gets (and reports) the strings as USVStrings.
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const components = binding.parse(input, base);
    if (components === null) {
      if (parseSymbol !== kParseURLSymbol) throw invalidURLError(input, base);
      return;
    }
    this.#updateContext(components);
  }

  // URL Standard: URL.parse(url, base) — the URL, or null when parsing fails.
  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const parsed = new URL(input, base, kParseURLSymbol);
    return parsed.href ? parsed : null;
  }

  // Node: lib/internal/url.js URL [inspect.custom]
  // `URL { href: ..., origin: ..., ..., searchParams: URLSearchParams {...}, hash: ... }`
  [kInspectCustom](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (opts.showHidden) obj[contextForInspect] = makeURLContext(this.#context);
    return `${constructor.name} ${inspect(obj, opts)}`;
  }

  #getSearchFromContext() {
    return this.#context.search;
  }

  #getSearchFromParams() {
    const list = getURLSearchParamsList(this.#searchParams);
    if (list.length === 0) return '';
    return `?${serializeParams(list)}`;
  }

  // Applies a pending URLSearchParams change to the URL's query.
  #ensureSearchParamsUpdated() {
    if (this.#searchParamsModified) {
      this.#searchParamsModified = false;
      this.#updateContext(binding.set(this.#context.href, 'search', this.#getSearchFromParams()));
    }
  }

  // Makes `components` the URL's record. When the change may have set the query
  // (href and search setters), the URLSearchParams list is parsed again from it.
  #updateContext(components, shouldUpdateSearchParams = false) {
    const previousSearch = shouldUpdateSearchParams && this.#searchParams &&
      (this.#searchParamsModified ? this.#getSearchFromParams() : this.#getSearchFromContext());
    this.#context = components;
    if (this.#searchParams) {
      if (shouldUpdateSearchParams) {
        const currentSearch = this.#getSearchFromContext();
        if (previousSearch !== currentSearch) {
          setURLSearchParams(this.#searchParams, currentSearch);
          this.#searchParamsModified = false;
        }
      }
      this.#ensureSearchParamsUpdated();
    }
  }

  // The result of a URL Standard setter run by the binding (the search setter may
  // change the query).
  #apply(components, isSearch) {
    if (components) this.#updateContext(components, isSearch);
  }

  toString() {
    checkURLReceiver(this);
    this.#ensureSearchParamsUpdated();
    return this.#context.href;
  }

  get href() {
    checkURLReceiver(this);
    this.#ensureSearchParamsUpdated();
    return this.#context.href;
  }

  set href(value) {
    const href = this.#context.href;
    value = `${value}`;
    const components = binding.set(href, 'href', toWellFormed.call(value));
    if (!components) throw new ERR_INVALID_URL(value);
    this.#updateContext(components, true);
  }

  // Node: lib/internal/url.js URL origin getter (URL Standard origin, where a blob:
  // URL has the origin of the http(s) URL in its path).
  get origin() {
    const context = this.#context;
    const protocol = context.protocol;
    const type = schemeType(protocol);
    if (type !== 1) {
      if (type === 6) return 'null';
      return `${protocol}//${context.host}`;
    }
    if (protocol === 'blob:' && context.pathname.length > 0) {
      const inner = binding.parse(context.pathname, undefined);
      if (inner !== null && (inner.protocol === 'http:' || inner.protocol === 'https:')) {
        return `${inner.protocol}//${inner.host}`;
      }
    }
    return 'null';
  }

  get protocol() {
    return this.#context.protocol;
  }

  set protocol(value) {
    const href = this.#context.href;
    this.#apply(binding.set(href, 'protocol', toUSVString(value)), false);
  }

  get username() {
    return this.#context.username;
  }

  set username(value) {
    const href = this.#context.href;
    this.#apply(binding.set(href, 'username', toUSVString(value)), false);
  }

  get password() {
    return this.#context.password;
  }

  set password(value) {
    const href = this.#context.href;
    this.#apply(binding.set(href, 'password', toUSVString(value)), false);
  }

  get host() {
    return this.#context.host;
  }

  set host(value) {
    const href = this.#context.href;
    this.#apply(binding.set(href, 'host', toUSVString(value)), false);
  }

  get hostname() {
    return this.#context.hostname;
  }

  set hostname(value) {
    const href = this.#context.href;
    this.#apply(binding.set(href, 'hostname', toUSVString(value)), false);
  }

  get port() {
    return this.#context.port;
  }

  set port(value) {
    const href = this.#context.href;
    this.#apply(binding.set(href, 'port', toUSVString(value)), false);
  }

  get pathname() {
    return this.#context.pathname;
  }

  set pathname(value) {
    const href = this.#context.href;
    this.#apply(binding.set(href, 'pathname', toUSVString(value)), false);
  }

  get search() {
    checkURLReceiver(this);
    this.#ensureSearchParamsUpdated();
    return this.#getSearchFromContext();
  }

  set search(value) {
    const href = this.#context.href;
    this.#apply(binding.set(href, 'search', toUSVString(value)), true);
  }

  // The same URLSearchParams object every time, made on first use.
  get searchParams() {
    if (this.#searchParams == null) {
      this.#searchParams = new URLSearchParams(this.#getSearchFromContext());
      setURLSearchParamsContext(this.#searchParams, this);
      this.#searchParamsModified = false;
    }
    return this.#searchParams;
  }

  get hash() {
    return this.#context.hash;
  }

  set hash(value) {
    const href = this.#context.href;
    this.#apply(binding.set(href, 'hash', toUSVString(value)), false);
  }

  toJSON() {
    checkURLReceiver(this);
    this.#ensureSearchParamsUpdated();
    return this.#context.href;
  }

  /// File API §8.3.1 createObjectURL(obj) (Node: lib/internal/url.js): a blob URL for a
  /// Blob, in the process-wide store (`web/blob_url.rs`).
  static createObjectURL(obj) {
    const { isBlob, kBlob } = require('internal/blob');
    if (!isBlob(obj)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    const { bytes, type } = obj[kBlob];
    return require('internal/blob/binding').store(bytes, type);
  }

  /// File API §8.3.2 revokeObjectURL(url)
  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    require('internal/blob/binding').revoke(`${url}`);
  }

  // URL Standard: URL.canParse(url, base)
  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    return binding.parse(url, base) !== null;
  }
}

// Whether the URL record has a query (possibly empty: "?" alone), which the
// components' search ('' for both) does not tell. '?' and '#' are always
// percent-encoded before the query and the fragment.
function hasQuery(components) {
  if (components.search !== '') return true;
  const href = components.href;
  const hashStart = href.indexOf('#');
  const end = hashStart === -1 ? href.length : hashStart;
  return end > 0 && href[end - 1] === '?';
}

Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URL' },
  toString: kEnumerableProperty,
  href: kEnumerableProperty,
  origin: kEnumerableProperty,
  protocol: kEnumerableProperty,
  username: kEnumerableProperty,
  password: kEnumerableProperty,
  host: kEnumerableProperty,
  hostname: kEnumerableProperty,
  port: kEnumerableProperty,
  pathname: kEnumerableProperty,
  search: kEnumerableProperty,
  searchParams: kEnumerableProperty,
  hash: kEnumerableProperty,
  toJSON: kEnumerableProperty,
});

Object.defineProperties(URL, {
  parse: { __proto__: null, configurable: true, writable: true, enumerable: true },
  canParse: { __proto__: null, configurable: true, writable: true, enumerable: true },
});

// Node: lib/internal/url.js domainToASCII
function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

// Node: lib/internal/url.js domainToUnicode
function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

// HTML §2.7.3: URL and URLSearchParams are platform objects that are not serializable, so
// structuredClone of one is a DataCloneError (Node 20 cloned them as empty objects).
binding.markNotSerializable(URL.prototype);
binding.markNotSerializable(URLSearchParams.prototype);

module.exports = {
  URL,
  URLSearchParams,
  URLParse: URL.parse,
  domainToASCII,
  domainToUnicode,
  isURL,
  parseParams,
  serializeParams,
};
