// internal/querystring (Node: lib/internal/querystring.js): the percent-encoding
// helpers shared by querystring and url. Reachable only from built-in modules.
'use strict';

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

// hexTable[b] is '%XX' (upper-case hex) for every byte value b.
const hexTable = new Array(256);
for (let i = 0; i < 256; ++i) {
  hexTable[i] = '%' + ((i < 16 ? '0' : '') + i.toString(16)).toUpperCase();
}

// isHexTable[c] is 1 for the char codes of 0-9, A-F and a-f.
const isHexTable = new Int8Array(256);
for (let c = 48; c <= 57; ++c) isHexTable[c] = 1;
for (let c = 65; c <= 70; ++c) isHexTable[c] = 1;
for (let c = 97; c <= 102; ++c) isHexTable[c] = 1;

function appendUtf8(out, c) {
  if (c < 0x800) {
    return out + hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
  }
  if (c < 0x10000) {
    return out + hexTable[0xE0 | (c >> 12)] +
      hexTable[0x80 | ((c >> 6) & 0x3F)] +
      hexTable[0x80 | (c & 0x3F)];
  }
  return out + hexTable[0xF0 | (c >> 18)] +
    hexTable[0x80 | ((c >> 12) & 0x3F)] +
    hexTable[0x80 | ((c >> 6) & 0x3F)] +
    hexTable[0x80 | (c & 0x3F)];
}

// Node: lib/internal/querystring.js encodeStr
// Percent-encodes `str` as UTF-8, leaving the ASCII codes marked 1 in `noEscapeTable`.
// Like Node, a surrogate code unit always takes the next code unit as its partner
// (whatever it is); one at the very end throws ERR_INVALID_URI.
function encodeStr(str, noEscapeTable, table) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscapeTable[c] === 1) continue;
      if (lastPos < i) out += str.slice(lastPos, i);
      lastPos = i + 1;
      out += table[c];
      continue;
    }
    if (lastPos < i) out += str.slice(lastPos, i);
    if (c < 0xD800 || c >= 0xE000) {
      lastPos = i + 1;
      out = appendUtf8(out, c);
      continue;
    }
    // A surrogate: pair it with whatever code unit follows.
    ++i;
    if (i >= len) throw new ERR_INVALID_URI();
    const c2 = str.charCodeAt(i) & 0x3FF;
    lastPos = i + 1;
    c = 0x10000 + (((c & 0x3FF) << 10) | c2);
    out = appendUtf8(out, c);
  }
  if (lastPos === 0) return str;
  if (lastPos < len) return out + str.slice(lastPos);
  return out;
}

module.exports = {
  encodeStr,
  hexTable,
  isHexTable,
};
