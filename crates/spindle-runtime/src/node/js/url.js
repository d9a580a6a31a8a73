// node:url (Node: lib/url.js + parts of lib/internal/url.js): the legacy url.parse /
// url.format / url.resolve API (Url objects), the file URL helpers, urlToHttpOptions and
// domainToASCII / domainToUnicode. The WHATWG URL and URLSearchParams classes are the
// runtime's globals, re-exported here. Host names go through IDNA with the global URL
// (there is no separate IDNA binding): see idnaToASCII and hostnameViaSetter.
'use strict';

const { encodeStr, hexTable } = require('internal/querystring');
const querystring = require('querystring');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');

const URL = globalThis.URL;
const URLSearchParams = globalThis.URLSearchParams;

const CHAR_TAB = 9;
const CHAR_LINE_FEED = 10;
const CHAR_CARRIAGE_RETURN = 13;
const CHAR_SPACE = 32;
const CHAR_DOUBLE_QUOTE = 34;
const CHAR_HASH = 35;
const CHAR_PERCENT = 37;
const CHAR_SINGLE_QUOTE = 39;
const CHAR_FORWARD_SLASH = 47;
const CHAR_COLON = 58;
const CHAR_SEMICOLON = 59;
const CHAR_LEFT_ANGLE_BRACKET = 60;
const CHAR_RIGHT_ANGLE_BRACKET = 62;
const CHAR_QUESTION_MARK = 63;
const CHAR_AT = 64;
const CHAR_LEFT_SQUARE_BRACKET = 91;
const CHAR_BACKWARD_SLASH = 92;
const CHAR_RIGHT_SQUARE_BRACKET = 93;
const CHAR_CIRCUMFLEX_ACCENT = 94;
const CHAR_GRAVE_ACCENT = 96;
const CHAR_LEFT_CURLY_BRACKET = 123;
const CHAR_VERTICAL_LINE = 124;
const CHAR_RIGHT_CURLY_BRACKET = 125;
const CHAR_NO_BREAK_SPACE = 160;
const CHAR_ZERO_WIDTH_NOBREAK_SPACE = 65279;

// Protocols that can allow "unsafe" and "unwise" chars.
const unsafeProtocol = new Set(['javascript', 'javascript:']);
// Protocols that never have a hostname.
const hostlessProtocol = new Set(['javascript', 'javascript:']);
// Protocols that always contain a // bit.
const slashedProtocol = new Set([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:',
]);

// Node: lib/internal/util.js spliceOne
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

function emitWarning(message, type, code) {
  if (typeof process === 'undefined') return;
  if (typeof process.emitWarning === 'function') {
    process.emitWarning(message, type, code);
    return;
  }
  if (process.noDeprecation) return;
  const report = () => console.error(`(node:${process.pid}) [${code}] ${type}: ${message}\n` +
    '(Use `node --trace-deprecation ...` to show where the warning was created)');
  if (typeof process.nextTick === 'function') process.nextTick(report);
  else report();
}

// ---- IDNA and punycode ----

const kPunycodeBase = 36;
const kPunycodeTMin = 1;
const kPunycodeTMax = 26;
const kPunycodeSkew = 38;
const kPunycodeDamp = 700;
const kMaxCodePoint = 0x10FFFF;

function punycodeAdapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / kPunycodeDamp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((kPunycodeBase - kPunycodeTMin) * kPunycodeTMax) >> 1) {
    delta = Math.floor(delta / (kPunycodeBase - kPunycodeTMin));
    k += kPunycodeBase;
  }
  return k + Math.floor(((kPunycodeBase - kPunycodeTMin + 1) * delta) / (delta + kPunycodeSkew));
}

function punycodeDigit(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26; // 0-9
  if (code >= 0x41 && code <= 0x5A) return code - 0x41; // A-Z
  if (code >= 0x61 && code <= 0x7A) return code - 0x61; // a-z
  return kPunycodeBase;
}

// RFC 3492 decoding of a label's part after "xn--"; null when it is not valid punycode.
function punycodeDecode(input) {
  const output = [];
  const delimiter = input.lastIndexOf('-');
  const basicLength = delimiter < 0 ? 0 : delimiter;
  for (let j = 0; j < basicLength; ++j) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = basicLength > 0 ? basicLength + 1 : 0; index < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = kPunycodeBase; ; k += kPunycodeBase) {
      if (index >= input.length) return null;
      const digit = punycodeDigit(input.charCodeAt(index++));
      if (digit >= kPunycodeBase) return null;
      i += digit * w;
      if (i > kMaxCodePoint * 64) return null;
      const t = k <= bias ? kPunycodeTMin : (k >= bias + kPunycodeTMax ? kPunycodeTMax : k - bias);
      if (digit < t) break;
      w *= kPunycodeBase - t;
    }
    const length = output.length + 1;
    bias = punycodeAdapt(i - oldi, length, oldi === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > kMaxCodePoint || (n >= 0xD800 && n <= 0xDFFF)) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

// ada::idna::to_unicode: each ASCII "xn--" label that is valid punycode is decoded,
// every other label is kept as it is.
function labelsToUnicode(domain) {
  const labels = domain.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label.startsWith('xn--') && /^[\x00-\x7f]*$/.test(label)) {
      const decoded = punycodeDecode(label.slice(4));
      if (decoded !== null) labels[i] = decoded;
    }
  }
  return labels.join('.');
}

// The host name a special URL gets from the `hostname` setter (Node: node_url.cc
// DomainToASCII sets it on "ws://x"), or null when the setter refuses `domain`.
function hostnameViaSetter(domain) {
  const first = new URL('ws://x');
  first.hostname = domain;
  if (first.hostname !== 'x') return first.hostname;
  const second = new URL('ws://y');
  second.hostname = domain;
  return second.hostname === 'y' ? null : first.hostname;
}

// UTS #46 to-ASCII of one label (no IPv4 parsing): via the URL host parser, with a
// last label that keeps it from reading the host as an IPv4 address. '' on failure.
function labelToASCII(label) {
  let host;
  try {
    host = new URL(`http://${label}.x`).hostname;
  } catch {
    return null;
  }
  return host.endsWith('.x') ? host.slice(0, -2) : null;
}

const kLabelSeparators = /[.\u3002\uFF0E\uFF61]/;
// What Node's url.parse uses for host names (ada::idna::to_ascii): ASCII labels are
// lower-cased and kept, "xn--" labels must be valid punycode, others are mapped and
// punycode-encoded. '' when the domain cannot be converted.
function idnaToASCII(hostname) {
  const labels = hostname.split(kLabelSeparators);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (/^[\x00-\x7f]*$/.test(label) && !/^xn--/i.test(label)) {
      labels[i] = label.toLowerCase();
      continue;
    }
    const ascii = labelToASCII(label);
    if (ascii === null) return '';
    labels[i] = ascii;
  }
  return labels.join('.');
}

// Node: lib/internal/url.js domainToASCII
function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  domain = `${domain}`;
  if (domain === '') return '';
  const host = hostnameViaSetter(domain);
  return host === null ? '' : host;
}

// Node: lib/internal/url.js domainToUnicode
function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  domain = `${domain}`;
  if (domain === '') return '';
  const host = hostnameViaSetter(domain);
  return host === null ? '' : labelsToUnicode(host);
}

// ---- legacy url.parse ----

// Node: lib/url.js Url
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// Reference: RFC 3986, RFC 1808, RFC 2396
const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// Special case for a simple path URL
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
// Characters that must not appear in a host name after IDNA (spoofing guards); IPv6
// allows '[', ']' and ':'.
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Node: lib/url.js urlParse
function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === CHAR_LEFT_SQUARE_BRACKET &&
    hostname.charCodeAt(hostname.length - 1) === CHAR_RIGHT_SQUARE_BRACKET;
}

function isWhitespace(code) {
  return code < 33 || code === CHAR_NO_BREAK_SPACE || code === CHAR_ZERO_WIDTH_NOBREAK_SPACE;
}

// Trims leading/trailing whitespace (codes < 33, U+00A0, U+FEFF) and turns backslashes
// before the first '?' or '#' into '/'. Returns [rest, hasHash, hasAt].
function trimAndSlash(url) {
  let hasHash = false;
  let hasAt = false;
  let start = -1;
  let end = -1;
  let rest = '';
  let lastPos = 0;
  for (let i = 0, inWs = false, split = false; i < url.length; ++i) {
    const code = url.charCodeAt(i);
    const isWs = isWhitespace(code);
    if (start === -1) {
      if (isWs) continue;
      lastPos = start = i;
    } else if (inWs) {
      if (!isWs) {
        end = -1;
        inWs = false;
      }
    } else if (isWs) {
      end = i;
      inWs = true;
    }

    if (!split) {
      switch (code) {
        case CHAR_AT:
          hasAt = true;
          break;
        case CHAR_HASH:
          hasHash = true;
        // Fall through
        case CHAR_QUESTION_MARK:
          split = true;
          break;
        case CHAR_BACKWARD_SLASH:
          if (i - lastPos > 0) rest += url.slice(lastPos, i);
          rest += '/';
          lastPos = i + 1;
          break;
      }
    } else if (!hasHash && code === CHAR_HASH) {
      hasHash = true;
    }
  }

  if (start !== -1) {
    if (lastPos === start) {
      // No backslash converted.
      if (end === -1) rest = start === 0 ? url : url.slice(start);
      else rest = url.slice(start, end);
    } else if (end === -1 && lastPos < url.length) {
      rest += url.slice(lastPos);
    } else if (end !== -1 && lastPos < end) {
      rest += url.slice(lastPos, end);
    }
  }
  return [rest, hasHash, hasAt];
}

// Node: lib/url.js Url.prototype.parse
Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');

  let [rest, hasHash, hasAt] = trimAndSlash(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    // Fast path for a simple path.
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        if (parseQueryString) {
          this.query = querystring.parse(this.search.slice(1));
        } else {
          this.query = this.search.slice(1);
        }
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // user@server is always a host name; with slashesDenoteHost, //foo/bar is host foo.
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === CHAR_FORWARD_SLASH &&
      rest.charCodeAt(1) === CHAR_FORWARD_SLASH;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) &&
      (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = parseAuthAndHost(this, rest, url);
  }

  // Now rest is what follows the host.
  if (!unsafeProtocol.has(lowerProto)) rest = autoEscapeStr(rest);

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; ++i) {
    const code = rest.charCodeAt(i);
    if (code === CHAR_HASH) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (code === CHAR_QUESTION_MARK && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    if (hashIdx === -1) {
      this.search = rest.slice(questionIdx);
      this.query = rest.slice(questionIdx + 1);
    } else {
      this.search = rest.slice(questionIdx, hashIdx);
      this.query = rest.slice(questionIdx + 1, hashIdx);
    }
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    // No query string, but parseQueryString still requested.
    this.search = null;
    this.query = { __proto__: null };
  }

  const useQuestionIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
  const firstIdx = useQuestionIdx ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }

  // To support http.request
  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }

  // Finally, reconstruct the href based on what has been validated.
  this.href = this.format();
  return this;
};

// The auth/host part of Url.prototype.parse: sets auth, host, port and hostname of
// `self` from the start of `rest`, returns what follows the host. `url` is the whole
// input (for errors).
function parseAuthAndHost(self, rest, url) {
  // The first '/', '?' or '#' ends the host. Before the last '@' (if no host-ending
  // char comes first) is the auth: http://a@b@c/ => auth a@b, host c.
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; ++i) {
    switch (rest.charCodeAt(i)) {
      case CHAR_TAB:
      case CHAR_LINE_FEED:
      case CHAR_CARRIAGE_RETURN:
        // WHATWG URL removes tabs and newlines; url.parse does too.
        rest = rest.slice(0, i) + rest.slice(i + 1);
        i -= 1;
        break;
      case CHAR_SPACE:
      case CHAR_DOUBLE_QUOTE:
      case CHAR_PERCENT:
      case CHAR_SINGLE_QUOTE:
      case CHAR_SEMICOLON:
      case CHAR_LEFT_ANGLE_BRACKET:
      case CHAR_RIGHT_ANGLE_BRACKET:
      case CHAR_BACKWARD_SLASH:
      case CHAR_CIRCUMFLEX_ACCENT:
      case CHAR_GRAVE_ACCENT:
      case CHAR_LEFT_CURLY_BRACKET:
      case CHAR_VERTICAL_LINE:
      case CHAR_RIGHT_CURLY_BRACKET:
        // Never allowed in a host name (RFC 2396).
        if (nonHost === -1) nonHost = i;
        break;
      case CHAR_HASH:
      case CHAR_FORWARD_SLASH:
      case CHAR_QUESTION_MARK:
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case CHAR_AT:
        atSign = i;
        nonHost = -1;
        break;
    }
    if (hostEnd !== -1) break;
  }
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

  self.parseHost();

  // There is a host name, so even an empty one is present.
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6Hostname = isIpv6Hostname(hostname);
  if (!ipv6Hostname) rest = getHostname(self, rest, hostname, url);

  if (self.hostname.length > hostnameMaxLen) {
    self.hostname = '';
  } else {
    self.hostname = self.hostname.toLowerCase();
  }

  if (self.hostname !== '') {
    if (ipv6Hostname) {
      if (forbiddenHostCharsIpv6.test(self.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      // IDNA: punycode for the labels with non-ASCII characters.
      self.hostname = idnaToASCII(self.hostname);
      // Emptied or given a forbidden char by IDNA: refuse rather than guess.
      if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) {
        throw new ERR_INVALID_URL(url);
      }
    }
  }

  const p = self.port ? ':' + self.port : '';
  const h = self.hostname || '';
  self.host = h + p;

  // Strip [ and ] from the hostname; host keeps them.
  if (ipv6Hostname) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = '/' + rest;
  }
  return rest;
}

let warnInvalidPort = true;
// Cuts the host name at the first '/', '\', '#', '?' or ':'; what follows moves into
// the path (a ':' there is an invalid port: warned about once, DEP0170).
function getHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; ++i) {
    const code = hostname.charCodeAt(i);
    const isValid = (code !== CHAR_FORWARD_SLASH &&
                     code !== CHAR_BACKWARD_SLASH &&
                     code !== CHAR_HASH &&
                     code !== CHAR_QUESTION_MARK &&
                     code !== CHAR_COLON);
    if (!isValid) {
      if (warnInvalidPort && code === CHAR_COLON) {
        emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
          'DeprecationWarning', 'DEP0170');
        warnInvalidPort = false;
      }
      self.hostname = hostname.slice(0, i);
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

// What url.parse always escapes after the host: TAB LF CR space " ' < > \ ^ ` { | }
const escapedCodes = new Array(126).fill('');
escapedCodes[9] = '%09';
escapedCodes[10] = '%0A';
escapedCodes[13] = '%0D';
escapedCodes[32] = '%20';
escapedCodes[34] = '%22';
escapedCodes[39] = '%27';
escapedCodes[60] = '%3C';
escapedCodes[62] = '%3E';
escapedCodes[92] = '%5C';
escapedCodes[94] = '%5E';
escapedCodes[96] = '%60';
escapedCodes[123] = '%7B';
escapedCodes[124] = '%7C';
escapedCodes[125] = '%7D';

// Node: lib/url.js autoEscapeStr
function autoEscapeStr(rest) {
  let escaped = '';
  let lastEscapedPos = 0;
  for (let i = 0; i < rest.length; ++i) {
    const escapedChar = escapedCodes[rest.charCodeAt(i)];
    if (escapedChar) {
      if (i > lastEscapedPos) escaped += rest.slice(lastEscapedPos, i);
      escaped += escapedChar;
      lastEscapedPos = i + 1;
    }
  }
  if (lastEscapedPos === 0) return rest;
  if (lastEscapedPos < rest.length) escaped += rest.slice(lastEscapedPos);
  return escaped;
}

// ---- legacy url.format ----

// The ASCII characters an auth keeps unescaped: ! ' ( ) * - . _ ~ : 0-9 A-Z a-z
const noEscapeAuth = new Int8Array(128);
for (const ch of "!'()*-._~:") noEscapeAuth[ch.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; ++c) noEscapeAuth[c] = 1;
for (let c = 65; c <= 90; ++c) noEscapeAuth[c] = 1;
for (let c = 97; c <= 122; ++c) noEscapeAuth[c] = 1;

// Node: lib/url.js urlFormat
function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (typeof URL === 'function' && urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWhatwgURL(urlObject, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

// Node: src/node_url.cc BindingData::Format — the URL's href without the fragment,
// search or credentials when so asked, with the host name in Unicode when `unicode`.
function formatWhatwgURL(url, fragment, unicode, search, auth) {
  const href = url.href;
  const hashIdx = href.indexOf('#');
  let head = hashIdx === -1 ? href : href.slice(0, hashIdx);
  const hashPart = hashIdx === -1 ? '' : href.slice(hashIdx);
  const queryIdx = head.indexOf('?');
  const searchPart = queryIdx === -1 ? '' : head.slice(queryIdx);
  if (queryIdx !== -1) head = head.slice(0, queryIdx);

  const protocol = url.protocol;
  const hasCredentials = url.username !== '' || url.password !== '';
  let authorityStart = protocol.length + 2;
  if (hasCredentials) {
    const at = head.indexOf('@', authorityStart);
    if (!auth) head = head.slice(0, authorityStart) + head.slice(at + 1);
    else authorityStart = at + 1;
  }
  const hostname = url.hostname;
  if (unicode && hostname !== '' &&
      head.slice(authorityStart, authorityStart + hostname.length) === hostname) {
    head = head.slice(0, authorityStart) + labelsToUnicode(hostname) +
      head.slice(authorityStart + hostname.length);
  }
  return head + (search ? searchPart : '') + (fragment ? hashPart : '');
}

// Node: lib/url.js Url.prototype.format
Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) {
    auth = encodeStr(auth, noEscapeAuth, hexTable);
    auth += '@';
  }

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (
      this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ?
        '[' + this.hostname + ']' :
        this.hostname
    );
    if (this.port) host += ':' + this.port;
  }

  if (this.query !== null && typeof this.query === 'object') {
    query = querystring.stringify(this.query);
  }

  let search = this.search || (query && ('?' + query)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== CHAR_COLON) protocol += ':';

  // '#' and '?' in the pathname are escaped.
  let newPathname = '';
  let lastPos = 0;
  for (let i = 0; i < pathname.length; ++i) {
    const code = pathname.charCodeAt(i);
    if (code === CHAR_HASH || code === CHAR_QUESTION_MARK) {
      if (i - lastPos > 0) newPathname += pathname.slice(lastPos, i);
      newPathname += code === CHAR_HASH ? '%23' : '%3F';
      lastPos = i + 1;
    }
  }
  if (lastPos > 0) {
    if (lastPos !== pathname.length) pathname = newPathname + pathname.slice(lastPos);
    else pathname = newPathname;
  }

  // Only the slashed protocols get the //, unless they had it to begin with.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== CHAR_FORWARD_SLASH) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');

  if (hash && hash.charCodeAt(0) !== CHAR_HASH) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== CHAR_QUESTION_MARK) search = '?' + search;

  return protocol + host + pathname + search + hash;
};

// ---- legacy url.resolve ----

// Node: lib/url.js urlResolve
function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// Node: lib/url.js urlResolveObject
function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// Node: lib/url.js Url.prototype.resolveObject
Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  Object.assign(result, this);

  // The hash always comes from relative, even href="" removes it.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // //foo/bar keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    const relativeWithoutProtocol = {};
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') relativeWithoutProtocol[key] = relative[key];
    }
    Object.assign(result, relativeWithoutProtocol);
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return resolveOtherProtocol(result, relative);
  }

  const isSourceAbs = (result.pathname && result.pathname.charAt(0) === '/');
  const isRelAbs = (
    relative.host || (relative.pathname && relative.pathname.charAt(0) === '/')
  );
  let mustEndAbs = (isRelAbs || isSourceAbs || (result.host && relative.pathname));
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  // In a non-slashed URL, ../.. may climb into the host: the host goes into the path
  // for now and is taken back out at the end.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // Relative: drop the last segment and append the new path.
    if (!srcPath) srcPath = [];
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a search, like href='?foo'.
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      takeAuthOutOfHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    // No path at all.
    result.pathname = null;
    if (result.search) result.path = '/' + result.search;
    else result.path = null;
    result.href = result.format();
    return result;
  }

  // A path ending in . or .. gets a trailing slash; one ending otherwise does not.
  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash = (
    ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '');

  // Strip single dots, resolve double dots; `up` counts those above the root.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      spliceOne(srcPath, i);
    } else if (last === '..') {
      spliceOne(srcPath, i);
      up++;
    } else if (up) {
      spliceOne(srcPath, i);
      up--;
    }
  }

  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }

  if (hasTrailingSlash && (srcPath.join('/').slice(-1) !== '/')) srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  // Put the host back.
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    takeAuthOutOfHost(result);
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);

  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (!srcPath.length) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join('/');
  }

  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

// Node: lib/url.js Url.prototype.parseHost
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

// mailto:local1@domain1 resolved against local2@domain2 can leave the auth in the host.
function takeAuthOutOfHost(result) {
  const authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
  if (authInHost) {
    result.auth = authInHost.shift();
    result.host = result.hostname = authInHost.shift();
  }
}

// resolveObject when relative has another protocol than the base.
function resolveOtherProtocol(result, relative) {
  // A protocol that is not known to be slashed: relative is taken as it is.
  if (!slashedProtocol.has(relative.protocol)) {
    Object.assign(result, relative);
    result.href = result.format();
    return result;
  }

  // Another slashed protocol: it must have a host, except file: (hostless).
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) &&
      !hostlessProtocol.has(relative.protocol)) {
    const relPath = (relative.pathname || '').split('/');
    while (relPath.length && !(relative.host = relPath.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (relPath[0] !== '') relPath.unshift('');
    if (relPath.length < 2) relPath.unshift('');
    result.pathname = relPath.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) {
    result.path = (result.pathname || '') + (result.search || '');
  }
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

// ---- file URLs ----

function platform() {
  return typeof process !== 'undefined' && process.platform ? process.platform : 'linux';
}

// Node: lib/internal/url.js isURL — a WHATWG URL (or look-alike), not a legacy Url.
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

// Node: lib/internal/url.js getPathFromURLPosix
function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(platform());
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

// Node: lib/internal/url.js getPathFromURLWin32 (options.windows)
function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || // 2f 2F /
          (pathname[n + 1] === '5' && third === 99)) { // 5c 5C \
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = pathname.replace(/\//g, '\\');
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') {
    // A UNC path; an IDN host name is shown in Unicode.
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  // Otherwise it needs a drive letter.
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname.charAt(2);
  if (letter < 97 || letter > 122 || sep !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

// Node: lib/internal/url.js fileURLToPath
function fileURLToPath(path, options = undefined) {
  const windows = options?.windows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return (windows ?? platform() === 'win32') ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

// Characters a file path must have percent-encoded in its URL (RFC 1738 "unsafe"
// ones and the URL delimiters), '%' first. Backslash only for POSIX paths.
const pathCharEscapes = [
  ['%', /%/g, '%25'],
  ['\t', /\t/g, '%09'],
  ['\n', /\n/g, '%0A'],
  ['\r', /\r/g, '%0D'],
  [' ', / /g, '%20'],
  ['"', /"/g, '%22'],
  ['#', /#/g, '%23'],
  ['?', /\?/g, '%3F'],
  ['[', /\[/g, '%5B'],
  ['\\', /\\/g, '%5C'],
  [']', /]/g, '%5D'],
  ['^', /\^/g, '%5E'],
  ['|', /\|/g, '%7C'],
  ['~', /~/g, '%7E'],
];

// Node: lib/internal/url.js encodePathChars
function encodePathChars(filepath, windows) {
  for (const [ch, re, escaped] of pathCharEscapes) {
    if (ch === '\\' && windows) continue;
    if (filepath.includes(ch)) filepath = filepath.replace(re, escaped);
  }
  return filepath;
}

// path.posix.resolve(filepath): absolute, normalized, no trailing slash (except '/').
function resolvePosix(filepath) {
  let full = filepath;
  if (filepath.charCodeAt(0) !== CHAR_FORWARD_SLASH) {
    const cwd = process.cwd();
    full = filepath.length === 0 ? cwd : `${cwd}/${filepath}`;
  }
  const segments = [];
  for (const segment of full.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return '/' + segments.join('/');
}

// Node: lib/internal/url.js pathToFileURL (UNC branch), for options.windows
function uncPathToFileURL(filepath) {
  const outURL = new URL('file://');
  // \\?\UNC\server\share\... is an extended UNC path.
  const isExtendedUNC = filepath.startsWith('\\\\?\\UNC\\');
  const prefixLength = isExtendedUNC ? 8 : 2;
  const hostnameEndIndex = filepath.indexOf('\\', prefixLength);
  if (hostnameEndIndex === -1) {
    throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
  }
  if (hostnameEndIndex === 2) {
    throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
  }
  const hostname = filepath.slice(prefixLength, hostnameEndIndex);
  outURL.hostname = domainToASCII(hostname);
  outURL.pathname = encodePathChars(filepath.slice(hostnameEndIndex).replace(/\\/g, '/'), true);
  return outURL;
}

// Node: lib/url.js pathToFileURL + lib/internal/url.js pathToFileURL
function pathToFileURL(filepath, options) {
  validateString(filepath, 'path');
  const windows = options?.windows ?? platform() === 'win32';
  if (windows && filepath.startsWith('\\\\')) return uncPathToFileURL(filepath);
  // options.windows uses path.win32 (a built-in loaded only for it).
  let resolved = windows ? require('path').win32.resolve(filepath) : resolvePosix(filepath);
  // resolve() strips a trailing slash: put it back.
  const filePathLast = filepath.charCodeAt(filepath.length - 1);
  if ((filePathLast === CHAR_FORWARD_SLASH || (windows && filePathLast === CHAR_BACKWARD_SLASH)) &&
      resolved[resolved.length - 1] !== '/') {
    resolved += '/';
  }
  return new URL(`file://${encodePathChars(resolved, windows)}`);
}

// Node: lib/internal/url.js urlToHttpOptions
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url, // In case the url object was extended by the user.
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search: search,
    pathname: pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  // Original API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
