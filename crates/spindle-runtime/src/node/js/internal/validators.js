// internal/validators (Node: lib/internal/validators.js): argument checks that throw
// Node's coded errors. Reachable only from built-in modules.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  hideStackFrames,
} = require('internal/errors');

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw new ERR_OUT_OF_RANGE(
      name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
      value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

/// Options: `allowArray`, `allowFunction`, `nullable` (Node's kValidateObject flags).
function validateObject(value, name, options = undefined) {
  const allowArray = options != null && options.allowArray === true;
  const allowFunction = options != null && options.allowFunction === true;
  const nullable = options != null && options.nullable === true;
  if ((!nullable && value === null) ||
      (!allowArray && Array.isArray(value)) ||
      (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) {
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
  }
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; ++i) {
    if (typeof value[i] !== 'string') throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]);
  }
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; ++i) {
    if (value[i] !== true && value[i] !== false) {
      throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'boolean', value[i]);
    }
  }
}

// Node: lib/internal/validators.js validateUnion
function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + allowed);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

// Node: lib/internal/validators.js validateAbortSignalArray
function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    const signal = value[i];
    const indexedName = `${name}[${i}]`;
    if (signal == null) throw new ERR_INVALID_ARG_TYPE(indexedName, 'AbortSignal', signal);
    validateAbortSignal(signal, indexedName);
  }
}

// Node: lib/internal/validators.js validateInternalField — `object` must own `fieldKey`.
function validateInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null || !Object.prototype.hasOwnProperty.call(object, fieldKey)) {
    throw new ERR_INVALID_ARG_TYPE('this', className, object);
  }
}

// Node: lib/internal/validators.js isInt32 / isUint32
function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

const octalReg = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

// Node: lib/internal/validators.js parseFileMode — a mode_t from a number or an octal
// string (`def` replaces null/undefined).
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (octalReg.exec(value) === null) throw new ERR_INVALID_ARG_VALUE(name, value, modeDesc);
    value = Number.parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// Node: lib/internal/validators.js validateBuffer
function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// Node: lib/internal/validators.js validateEncoding — hex data must have an even length.
function validateEncoding(data, encoding) {
  const normalized = typeof encoding === 'string' ? encoding.toLowerCase() : encoding;
  const length = data.length;
  if (normalized === 'hex' && length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
}

// Node: lib/internal/validators.js validateFiniteNumber — false for undefined and NaN (use the
// default), true for finite numbers, an error for anything else.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

// Node: lib/internal/validators.js checkRangesOrGetDefault — `def` for undefined/NaN, else a
// finite number within [lower, upper].
function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

// Each validator hides its own frame from the stacks of the errors it throws (Node:
// hideStackFrames), as do the built-ins that call it.
module.exports = {
  isInt32,
  isUint32,
  parseFileMode: hideStackFrames(parseFileMode),
  validateBuffer: hideStackFrames(validateBuffer),
  validateEncoding: hideStackFrames(validateEncoding),
  validateFiniteNumber: hideStackFrames(validateFiniteNumber),
  checkRangesOrGetDefault: hideStackFrames(checkRangesOrGetDefault),
  validateAbortSignal: hideStackFrames(validateAbortSignal),
  validateAbortSignalArray: hideStackFrames(validateAbortSignalArray),
  validateArray: hideStackFrames(validateArray),
  validateBoolean: hideStackFrames(validateBoolean),
  validateBooleanArray: hideStackFrames(validateBooleanArray),
  validateFunction: hideStackFrames(validateFunction),
  validateInt32: hideStackFrames(validateInt32),
  validateInteger: hideStackFrames(validateInteger),
  validateInternalField: hideStackFrames(validateInternalField),
  validateNumber: hideStackFrames(validateNumber),
  validateObject: hideStackFrames(validateObject),
  validateOneOf: hideStackFrames(validateOneOf),
  validateString: hideStackFrames(validateString),
  validateStringArray: hideStackFrames(validateStringArray),
  validateUint32: hideStackFrames(validateUint32),
  validateUnion: hideStackFrames(validateUnion),
};
