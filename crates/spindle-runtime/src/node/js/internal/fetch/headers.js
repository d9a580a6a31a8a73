// internal/fetch/headers (Fetch §5.2 Headers class; Node: undici lib/web/fetch/headers.js):
// a header list with its guard. The list is a Map from the lowercased name to the name as
// first given and its values in order, so `get`, `has`, `set` and `delete` do not scan the
// list, and iteration sorts the names once per change ("sort and combine").
'use strict';

const { toByteString, illegalInvocation, checkArguments } = require('internal/webidl');

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

/// The guards of Fetch §5.2. "request" filters nothing either: forbidden request-header
/// names are a browser's concern (Node and Deno let a server-side request set them).
/// "response" filters nothing: Node (undici) and Deno keep `Set-Cookie` on responses,
/// which servers build, where the standard's forbidden response-header names would drop it.
const GUARDS = new Set(['none', 'request', 'response', 'immutable']);

// RFC 9110 §5.6.2 token: one or more tchar.
const tokenCharacter = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Fetch §2.2.2 header value: no NUL, CR or LF (after normalization, no leading or trailing
// HTTP whitespace).
const invalidValueCharacter = /[\0\r\n]/;
const leadingWhitespace = /^[\t\n\r ]+/;
const trailingWhitespace = /[\t\n\r ]+$/;


/// The values of a name combined into one: with ", " (Fetch §2.2.2 "get"), except `Cookie`,
/// whose values Node (undici's HeadersList) joins with "; ", the Cookie header's own separator.
function combine(lower, values) {
  return values.join(lower === 'cookie' ? '; ' : ', ');
}

/// Fetch §2.2.2 normalize: strip leading and trailing HTTP whitespace bytes.
function normalizeValue(value) {
  return value.replace(leadingWhitespace, '').replace(trailingWhitespace, '');
}

function validateName(name, method) {
  if (!tokenCharacter.test(name)) {
    throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
  }
}

function validateValue(value, method) {
  if (invalidValueCharacter.test(value)) {
    throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
  }
}

let listOf;
let guardOf;
let setGuard;

/// Fetch §5.2 Headers
class Headers {
  /// name (lowercase) → { name: as first appended or last set, values: [...] }
  #list = new Map();
  #guard = 'none';
  /// The "sort and combine" result, until the list changes.
  #sorted = null;

  static {
    listOf = (headers) => headers.#list;
    guardOf = (headers) => headers.#guard;
    setGuard = (headers, guard) => { headers.#guard = guard; };
  }

  /// "Headers contructor" (sic) is the prefix of Node 20's undici in these messages.
  constructor(init = undefined) {
    if (init !== undefined) fillHeaders(this, convertHeadersInit(init, 'Headers contructor', 'init'));
  }

  static isHeaders(value) {
    return value !== null && typeof value === 'object' && #list in value;
  }

  /// §5.2 append(name, value)
  append(name, value) {
    checkThis(this);
    checkArguments(arguments.length, 2, 'Headers.append');
    name = toByteString(name, 'Headers.append', 'name');
    value = toByteString(value, 'Headers.append', 'value');
    appendHeader(this, name, value);
  }

  /// §5.2 delete(name)
  delete(name) {
    checkThis(this);
    checkArguments(arguments.length, 1, 'Headers.delete');
    name = toByteString(name, 'Headers.delete', 'name');
    validateName(name, 'delete');
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    if (this.#list.delete(name.toLowerCase())) this.#sorted = null;
  }

  /// §5.2 get(name): the values of the name, combined (see combine); null if absent.
  get(name) {
    checkThis(this);
    checkArguments(arguments.length, 1, 'Headers.get');
    name = toByteString(name, 'Headers.get', 'name');
    validateName(name, 'get');
    const lower = name.toLowerCase();
    const entry = this.#list.get(lower);
    return entry === undefined ? null : combine(lower, entry.values);
  }

  /// §5.2 has(name)
  has(name) {
    checkThis(this);
    checkArguments(arguments.length, 1, 'Headers.has');
    name = toByteString(name, 'Headers.has', 'name');
    validateName(name, 'has');
    return this.#list.has(name.toLowerCase());
  }

  /// §5.2 set(name, value): the first header of the name gets the value, the others go. The
  /// name becomes the one given here, as in undici (only inspection shows it).
  set(name, value) {
    checkThis(this);
    checkArguments(arguments.length, 2, 'Headers.set');
    name = toByteString(name, 'Headers.set', 'name');
    value = normalizeValue(toByteString(value, 'Headers.set', 'value'));
    validateName(name, 'set');
    validateValue(value, 'set');
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    const lower = name.toLowerCase();
    const entry = this.#list.get(lower);
    if (entry === undefined) {
      this.#list.set(lower, { name, values: [value] });
    } else {
      entry.name = name;
      entry.values = [value];
    }
    this.#sorted = null;
  }

  /// §5.2 getSetCookie(): each `Set-Cookie` value on its own.
  getSetCookie() {
    checkThis(this);
    return [...(this.#list.get('set-cookie')?.values ?? [])];
  }

  keys() { return createHeadersIterator(this, 'key'); }
  values() { return createHeadersIterator(this, 'value'); }
  entries() { return createHeadersIterator(this, 'key+value'); }

  /// WebIDL §3.7.9 forEach of a pair iterator: over the pairs as they are at each step.
  forEach(callback, thisArg = undefined) {
    checkThis(this);
    checkArguments(arguments.length, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (let i = 0; ; i++) {
      const pairs = sortAndCombine(this);
      if (i >= pairs.length) return;
      callback.call(thisArg, pairs[i][1], pairs[i][0], this);
    }
  }

  /// Node 20 (undici) shows the list by the names as given, values combined, formatted with
  /// the caller's options as a top-level object (its depth is the caller's whole depth).
  [kInspectCustom](depth, options) {
    const shown = {};
    for (const [lower, { name, values }] of this.#list) shown[name] = combine(lower, values);
    const { inspect } = require('internal/util/inspect');
    return `Headers ${inspect(shown, { ...options, depth: options.depth ?? depth })}`;
  }

  static sorted(headers) {
    if (headers.#sorted === null) {
      const pairs = [];
      const names = [...headers.#list.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const name of names) {
        const { values } = headers.#list.get(name);
        if (name === 'set-cookie') {
          for (const value of values) pairs.push([name, value]);
        } else {
          pairs.push([name, combine(name, values)]);
        }
      }
      headers.#sorted = pairs;
    }
    return headers.#sorted;
  }

  static changed(headers) {
    headers.#sorted = null;
  }
}

const headersEntries = Headers.prototype.entries;
const sortAndCombine = Headers.sorted;
const listChanged = Headers.changed;
const isHeaders = Headers.isHeaders;
delete Headers.sorted;
delete Headers.changed;
delete Headers.isHeaders;


function checkThis(value) {
  if (!isHeaders(value)) throw illegalInvocation();
}


/// Fetch §5.2 append (name, value) to a Headers object: validate, then check the guard.
function appendHeader(headers, name, value) {
  value = normalizeValue(value);
  validateName(name, 'append');
  validateValue(value, 'append');
  if (guardOf(headers) === 'immutable') throw new TypeError('immutable');
  const list = listOf(headers);
  const lower = name.toLowerCase();
  const entry = list.get(lower);
  if (entry === undefined) {
    list.set(lower, { name, values: [value] });
  } else {
    entry.values.push(value);
  }
  listChanged(headers);
}

/// How undici's messages show a primitive value (its webidl.util.Stringify).
function describe(value) {
  if (typeof value === 'symbol') return `Symbol(${value.description})`;
  if (typeof value === 'string') return `"${value}"`;
  return `${value}`;
}

/// WebIDL conversion of a HeadersInit (`sequence<sequence<ByteString>> or
/// record<ByteString, ByteString>`): the whole value is converted to a list of name/value
/// lists before any header is validated, as Node (undici) and WebIDL do. Another Headers
/// object (its own iterator untouched) gives its list directly, with the names as given and
/// in the order first appended, as undici does (only inspection shows the difference).
function convertHeadersInit(init, prefix, argument) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  const method = init[Symbol.iterator];
  if (method === headersEntries && isHeaders(init)) {
    const pairs = [];
    for (const [lower, { name, values }] of listOf(init)) {
      if (lower === 'set-cookie') {
        for (const value of values) pairs.push([name, value]);
      } else {
        pairs.push([name, combine(lower, values)]);
      }
    }
    return pairs;
  }
  if (typeof method === 'function') {
    const pairs = [];
    let index = 0;
    for (const pair of { [Symbol.iterator]: () => method.call(init) }) {
      const where = `${argument}[${index++}]`;
      if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function')) {
        throw new TypeError(`${prefix}: ${where} (${describe(pair)}) is not iterable.`);
      }
      if (typeof pair[Symbol.iterator] !== 'function') throw new TypeError(`${prefix}: ${where} is not iterable.`);
      const items = [];
      for (const item of pair) items.push(toByteString(item, prefix, `${where}[${items.length}]`));
      pairs.push(items);
    }
    return pairs;
  }
  const record = [];
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    record.push([toByteString(key, prefix, argument), toByteString(init[key], prefix, argument)]);
  }
  return record;
}

/// Fetch §5.2 fill a Headers object from a converted HeadersInit (convertHeadersInit): each
/// pair must have two items, then each is appended (and validated) in order.
function fillHeaders(headers, pairs) {
  for (const pair of pairs) {
    if (pair.length !== 2) {
      throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${pair.length}.`);
    }
    appendHeader(headers, pair[0], pair[1]);
  }
}

/// A Headers object with the guard (for a Response's headers).
function createHeaders(guard) {
  if (!GUARDS.has(guard)) throw new RangeError(`unknown guard ${guard}`);
  const headers = new Headers();
  setGuard(headers, guard);
  return headers;
}

/// A Headers object whose header list is a copy of `headers`' (Fetch §2.2.6 "clone a
/// response"), with the same guard.
function copyHeaders(headers) {
  const copy = createHeaders(guardOf(headers));
  const list = listOf(copy);
  for (const [lower, { name, values }] of listOf(headers)) list.set(lower, { name, values: [...values] });
  return copy;
}

// WebIDL §3.7.10: `Headers Iterator` objects over the sorted and combined list.
const createHeadersIterator = require('internal/fetch/pair_iterator').definePairIterator('Headers', (headers) => {
  checkThis(headers);
  return sortAndCombine(headers);
});

for (const name of ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values', 'entries', 'forEach']) {
  Object.defineProperty(Headers.prototype, name, { enumerable: true });
}
Object.defineProperty(Headers.prototype, Symbol.iterator, {
  value: Headers.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

module.exports = {
  Headers, isHeaders, convertHeadersInit, fillHeaders, appendHeader, createHeaders, copyHeaders, setGuard,
};
