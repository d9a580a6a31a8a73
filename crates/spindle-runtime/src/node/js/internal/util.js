// internal/util (Node: lib/internal/util.js, src/api/encoding.cc): the encoding-name helpers
// the byte-handling built-ins share (buffer, string_decoder, crypto, fs).
'use strict';

// Node: lib/internal/util.js normalizeEncoding — the canonical name of an encoding, or
// undefined for an unknown one (null and undefined mean utf8). The common spellings are
// compared before lower-casing, as Node's fast path does.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowCases(enc);
}

function slowCases(enc) {
  const lower = () => String.prototype.toLowerCase.call(enc);
  switch (enc.length) {
    case 4:
      if (enc === 'UTF8') return 'utf8';
      if (enc === 'ucs2' || enc === 'UCS2') return 'utf16le';
      enc = lower();
      if (enc === 'utf8') return 'utf8';
      if (enc === 'ucs2') return 'utf16le';
      break;
    case 3:
      if (enc === 'hex' || enc === 'HEX' || lower() === 'hex') return 'hex';
      break;
    case 5:
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      if (enc === 'UTF-8') return 'utf8';
      if (enc === 'ASCII') return 'ascii';
      if (enc === 'UCS-2') return 'utf16le';
      enc = lower();
      if (enc === 'utf-8') return 'utf8';
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      break;
    case 6:
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      if (enc === 'BASE64') return 'base64';
      if (enc === 'LATIN1' || enc === 'BINARY') return 'latin1';
      enc = lower();
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      break;
    case 7:
      if (enc === 'utf16le' || enc === 'UTF16LE' || lower() === 'utf16le') return 'utf16le';
      break;
    case 8:
      if (enc === 'utf-16le' || enc === 'UTF-16LE' || lower() === 'utf-16le') return 'utf16le';
      break;
    case 9:
      if (enc === 'base64url' || enc === 'BASE64URL' || lower() === 'base64url') return 'base64url';
      break;
    default:
      if (enc === '') return 'utf8';
  }
  return undefined;
}

// Node: src/api/encoding.cc ParseEncoding — what C++ makes of an encoding argument: the
// canonical name (case-insensitive, 'buffer' included), or `fallback` for anything else
// (non-strings included).
function parseEncoding(encoding, fallback) {
  if (typeof encoding !== 'string') return fallback;
  switch (encoding.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'buffer': return 'buffer';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'ascii': return 'ascii';
    default: return fallback;
  }
}

module.exports = { normalizeEncoding, parseEncoding };
