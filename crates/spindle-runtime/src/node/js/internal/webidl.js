// internal/webidl: the WebIDL conversions and checks the web APIs written in JavaScript
// share (Node: lib/internal/webidl.js and undici's webidl.js, whose messages these keep).
'use strict';

const toWellFormed = String.prototype.toWellFormed;

/// WebIDL §3.2.11 USVString: ToString, then lone surrogates become U+FFFD.
function toUSVString(value) {
  return toWellFormed.call(`${value}`);
}

/// WebIDL §3.2.10 ByteString: ToString, then every code unit must fit in a byte. A Symbol
/// fails the ToString (undici names the operation, `prefix`, and the argument).
function toByteString(value, prefix, argument) {
  if (typeof value === 'symbol') {
    throw new TypeError(`${prefix}: ${argument} is a symbol, which cannot be converted to a DOMString.`);
  }
  const s = `${value}`;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit > 255) {
      throw new TypeError('Cannot convert argument to a ByteString because the character at index ' +
        `${i} has a value of ${unit} which is greater than 255.`);
    }
  }
  return s;
}

/// WebIDL §3.2.4-3.2.6 ConvertToInt for an unsigned integer type of `bits` bits (unsigned
/// short 16, unsigned long 32), without [EnforceRange] or [Clamp]: ToNumber, 0 for NaN and
/// the infinities, truncated, modulo 2^bits.
function toUnsignedInteger(value, bits) {
  const n = Number(value);
  if (!Number.isFinite(n)) return 0;
  const modulus = 2 ** bits;
  const m = Math.trunc(n) % modulus;
  return m < 0 ? m + modulus : m + 0;
}

/// A failed brand check (WebIDL "perform a security check"; Node's code ERR_INVALID_THIS).
function illegalInvocation() {
  const error = new TypeError('Illegal invocation');
  error.code = 'ERR_INVALID_THIS';
  return error;
}

/// Too few arguments for an operation (undici's wording).
function checkArguments(count, required, where) {
  if (count < required) {
    throw new TypeError(`${where}: ${required} argument${required === 1 ? '' : 's'} required, ` +
      `but${count ? ' only' : ''} ${count} found.`);
  }
}

module.exports = { toUSVString, toByteString, toUnsignedInteger, illegalInvocation, checkArguments };
