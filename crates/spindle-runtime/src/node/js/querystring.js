// node:querystring (Node: lib/querystring.js): parse/decode, stringify/encode, escape,
// unescape and unescapeBuffer. unescapeBuffer returns a Buffer when `globalThis.Buffer`
// exists, and a plain Uint8Array (same bytes) until then.
'use strict';

const { encodeStr, hexTable, isHexTable } = require('internal/querystring');

const QueryString = module.exports = {
  unescapeBuffer,
  // `unescape()` and `escape()` are JS globals, hence the other local names.
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

// unhexTable[c] is the value of hex digit c, or -1.
const unhexTable = new Int8Array(256).fill(-1);
for (let c = 48; c <= 57; ++c) unhexTable[c] = c - 48;
for (let c = 65; c <= 70; ++c) unhexTable[c] = c - 55;
for (let c = 97; c <= 102; ++c) unhexTable[c] = c - 87;

function allocBytes(size) {
  const B = globalThis.Buffer;
  if (typeof B === 'function' && typeof B.allocUnsafe === 'function') return B.allocUnsafe(size);
  return new Uint8Array(size);
}

// Node: lib/querystring.js unescapeBuffer
// Decodes %XX escapes (and '+' when decodeSpaces) into bytes; every other char code
// is stored as one byte (truncated to 8 bits, as Buffer stores it). Malformed escapes
// are kept literally.
function unescapeBuffer(s, decodeSpaces) {
  const out = allocBytes(s.length);
  let index = 0;
  let outIndex = 0;
  let currentChar;
  const maxLength = s.length - 2;
  let hasHex = false;
  while (index < s.length) {
    currentChar = s.charCodeAt(index);
    if (currentChar === 43 /* + */ && decodeSpaces) {
      out[outIndex++] = 32;
      index++;
      continue;
    }
    if (currentChar === 37 /* % */ && index < maxLength) {
      currentChar = s.charCodeAt(++index);
      const hexHigh = unhexTable[currentChar];
      if (!(hexHigh >= 0)) {
        // '%' then a non-hex char: keep the '%', go on from that char.
        out[outIndex++] = 37;
        continue;
      }
      const hexLow = unhexTable[s.charCodeAt(++index)];
      if (!(hexLow >= 0)) {
        // '%', a hex digit, then a non-hex char: keep both, go on from the third.
        out[outIndex++] = 37;
        index--;
      } else {
        hasHex = true;
        currentChar = hexHigh * 16 + hexLow;
      }
    }
    out[outIndex++] = currentChar;
    index++;
  }
  return hasHex ? out.subarray(0, outIndex) : out;
}

let utf8Decoder;
function bytesToString(bytes) {
  const B = globalThis.Buffer;
  if (typeof B === 'function' && bytes instanceof B) return bytes.toString();
  if (!(bytes instanceof Uint8Array)) return bytes.toString();
  if (utf8Decoder === undefined) utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return utf8Decoder.decode(bytes);
}

// Node: lib/querystring.js qsUnescape
function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return bytesToString(QueryString.unescapeBuffer(s, decodeSpaces));
  }
}

// The ASCII characters querystring.escape leaves alone: ! ' ( ) * - . _ ~ 0-9 A-Z a-z
const noEscape = new Int8Array(128);
for (const ch of "!'()*-._~") noEscape[ch.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; ++c) noEscape[c] = 1;
for (let c = 65; c <= 90; ++c) noEscape[c] = 1;
for (let c = 97; c <= 122; ++c) noEscape[c] = 1;

// Node: lib/querystring.js qsEscape
function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape, hexTable);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the default escape: numbers below 1e21 and bigints need no escaping.
function encodeStringified(v, encode) {
  if (typeof v === 'string') return (v.length ? encode(v) : '');
  if (typeof v === 'number' && Number.isFinite(v)) {
    return (Math.abs(v) < 1e21 ? '' + v : encode('' + v));
  }
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

// Node: lib/querystring.js stringify
function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';

  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = (encode === qsEscape ? encodeStringified : encodeStringifiedCustom);

  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; ++i) {
    const k = keys[i];
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      const vlen = v.length;
      if (vlen === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < vlen; ++j) {
        if (j) fields += sep;
        fields += ks;
        fields += convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks;
      fields += convert(v, encode);
    }
  }
  return fields;
}

function charCodes(str) {
  const ret = new Array(str.length);
  for (let i = 0; i < str.length; ++i) ret[i] = str.charCodeAt(i);
  return ret;
}
const defSepCodes = [38]; // &
const defEqCodes = [61]; // =

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);

  if (obj[key] === undefined) {
    obj[key] = value;
  } else {
    const curValue = obj[key];
    // Only arrays made here have `pop`; a repeated key turns a string into an array.
    if (curValue.pop) curValue[curValue.length] = value;
    else obj[key] = [curValue, value];
  }
}

// Node: lib/querystring.js parse
// Splits on `sep` (default '&') and `eq` (default '='), both matched as whole strings.
// Keys/values are only passed to the decoder when they hold a '+' or a valid %XX
// escape (always when options.decodeURIComponent is given). At most options.maxKeys
// (default 1000; 0 or less means no limit) pairs are read. The result has a null prototype.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepCodes = (!sep ? defSepCodes : charCodes(String(sep)));
  const eqCodes = (!eq ? defEqCodes : charCodes(String(eq)));
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') {
    // -1 stands for "no limit": pairs is only ever compared with 0 after a decrement.
    pairs = (options.maxKeys > 0 ? options.maxKeys : -1);
  }

  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const customDecode = (decode !== qsUnescape);

  let lastPos = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  let key = '';
  let value = '';
  let keyEncoded = customDecode;
  let valEncoded = customDecode;
  const plusChar = (customDecode ? '%20' : ' ');
  let encodeCheck = 0;
  for (let i = 0; i < qs.length; ++i) {
    const code = qs.charCodeAt(i);

    // Try matching the pair separator (e.g. '&').
    if (code === sepCodes[sepIdx]) {
      if (++sepIdx === sepLen) {
        const end = i - sepIdx + 1;
        if (eqIdx < eqLen) {
          // No (whole) eq seen: the text so far is the key.
          if (lastPos < end) {
            key += qs.slice(lastPos, end);
          } else if (key.length === 0) {
            // An empty piece between separators still counts towards maxKeys.
            if (--pairs === 0) return obj;
            lastPos = i + 1;
            sepIdx = eqIdx = 0;
            continue;
          }
        } else if (lastPos < end) {
          value += qs.slice(lastPos, end);
        }

        addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);

        if (--pairs === 0) return obj;
        keyEncoded = valEncoded = customDecode;
        key = value = '';
        encodeCheck = 0;
        lastPos = i + 1;
        sepIdx = eqIdx = 0;
      }
      continue;
    }
    sepIdx = 0;

    // Try matching the key/value separator (e.g. '=') if not seen yet.
    if (eqIdx < eqLen) {
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqIdx + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          encodeCheck = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        // Look (once) for a valid %XX so only keys that need it get decoded.
        if (code === 37 /* % */) {
          encodeCheck = 1;
          continue;
        } else if (encodeCheck > 0) {
          if (isHexTable[code] === 1) {
            if (++encodeCheck === 3) keyEncoded = true;
            continue;
          } else {
            encodeCheck = 0;
          }
        }
      }
      if (code === 43 /* + */) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plusChar;
        lastPos = i + 1;
        continue;
      }
    }
    if (code === 43 /* + */) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plusChar;
      lastPos = i + 1;
    } else if (!valEncoded) {
      if (code === 37 /* % */) {
        encodeCheck = 1;
      } else if (encodeCheck > 0) {
        if (isHexTable[code] === 1) {
          if (++encodeCheck === 3) valEncoded = true;
        } else {
          encodeCheck = 0;
        }
      }
    }
  }

  // Whatever is left after the last separator.
  if (lastPos < qs.length) {
    if (eqIdx < eqLen) key += qs.slice(lastPos);
    else if (sepIdx < sepLen) value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    // Ended on an empty piece.
    return obj;
  }

  addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
  return obj;
}

// A decoder that throws falls back to querystring.unescape(s, true).
function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}
