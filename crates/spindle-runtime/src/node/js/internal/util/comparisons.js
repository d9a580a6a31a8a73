// internal/util/comparisons (Node: lib/internal/util/comparisons.js): the deep equality
// behind assert.deepEqual / assert.deepStrictEqual and util.isDeepStrictEqual.
// Reachable only from built-in modules. Exports exactly `isDeepEqual` (loose: `==` for
// primitives, prototypes ignored) and `isDeepStrictEqual` (Object.is for primitives,
// same prototype and type tag, own enumerable symbol keys compared too).
'use strict';

const types = require('internal/util/types');

const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isDate,
  isMap,
  isRegExp,
  isSet,
  isNativeError,
  isBoxedPrimitive,
  isNumberObject,
  isStringObject,
  isBooleanObject,
  isBigIntObject,
  isSymbolObject,
  isFloat32Array,
  isFloat64Array,
} = types;
// Spindle has no crypto yet: these are simply never true there.
const isKeyObject = types.isKeyObject || (() => false);
const isCryptoKey = types.isCryptoKey || (() => false);

// The built-ins used below, taken once so that user code patching prototypes later
// does not change how values are compared (Node uses its primordials for this).
const ObjectIs = Object.is;
const ObjectKeys = Object.keys;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ReflectOwnKeys = Reflect.ownKeys;
const ReflectApply = Reflect.apply;
const NumberIsNaN = Number.isNaN;
const ArrayIsArray = Array.isArray;
const { hasOwnProperty, propertyIsEnumerable, toString: objectToString } = Object.prototype;
const NumberValueOf = Number.prototype.valueOf;
const StringValueOf = String.prototype.valueOf;
const BooleanValueOf = Boolean.prototype.valueOf;
const BigIntValueOf = BigInt.prototype.valueOf;
const SymbolValueOf = Symbol.prototype.valueOf;
const DateGetTime = Date.prototype.getTime;
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayByteLengthGetter =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;

const hasOwn = (obj, key) => ReflectApply(hasOwnProperty, obj, [key]);
const isEnumerable = (obj, key) => ReflectApply(propertyIsEnumerable, obj, [key]);
const typeTag = (obj) => ReflectApply(objectToString, obj, []);
const typedArrayTag = (view) => ReflectApply(typedArrayTagGetter, view, []);
const typedArrayByteLength = (view) => ReflectApply(typedArrayByteLengthGetter, view, []);

const kStrict = true;
const kLoose = false;

// How objEquiv walks the values besides their keys.
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

// The filters of V8's GetOwnNonIndexProperties that Node uses.
const ONLY_ENUMERABLE = 2;
const SKIP_SYMBOLS = 16;

/// "0", "1", ... up to 2**32 - 2: the keys V8 treats as array indices.
function isArrayIndex(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  if (key !== '0' && (key[0] < '1' || key[0] > '9')) return false;
  for (let i = 1; i < key.length; i++) {
    if (key[i] < '0' || key[i] > '9') return false;
  }
  return Number(key) < 4294967295;
}

/// The own keys of `obj` that are not array indices (V8's GetOwnNonIndexProperties).
function getOwnNonIndexProperties(obj, filter) {
  const result = [];
  for (const key of ReflectOwnKeys(obj)) {
    if (typeof key === 'symbol') {
      if (filter & SKIP_SYMBOLS) continue;
    } else if (isArrayIndex(key)) {
      continue;
    }
    if ((filter & ONLY_ENUMERABLE) && !isEnumerable(obj, key)) continue;
    result.push(key);
  }
  return result;
}

/// Byte-wise comparison of two Uint8Arrays (Buffer.compare): 0 when equal.
function compareBytes(a, b) {
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  if (a.length === b.length) return 0;
  return a.length < b.length ? -1 : 1;
}

/// Node's `isURL` duck check (internal/url): an object with href and protocol but
/// without the legacy url.parse() `auth`/`path` fields.
function isURL(value) {
  return Boolean(value && value.href && value.protocol &&
                 value.auth === undefined && value.path === undefined);
}

// Node: lib/internal/util/comparisons.js areSimilarRegExps
function areSimilarRegExps(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

// Node: lib/internal/util/comparisons.js areSimilarFloatArrays
// Loose mode compares float elements with === so that 0 equals -0 (and NaN never
// matches). Node walks `byteLength` indices; indices past the end read undefined on
// both sides, so they agree.
function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const len = typedArrayByteLength(a);
  for (let offset = 0; offset < len; offset++) {
    if (a[offset] !== b[offset]) return false;
  }
  return true;
}

// Node: lib/internal/util/comparisons.js areSimilarTypedArrays
function areSimilarTypedArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return compareBytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
                      new Uint8Array(b.buffer, b.byteOffset, b.byteLength)) === 0;
}

// Node: lib/internal/util/comparisons.js areEqualArrayBuffers
function areEqualArrayBuffers(buf1, buf2) {
  return buf1.byteLength === buf2.byteLength &&
    compareBytes(new Uint8Array(buf1), new Uint8Array(buf2)) === 0;
}

// Node: lib/internal/util/comparisons.js isEqualBoxedPrimitive
function isEqualBoxedPrimitive(val1, val2) {
  if (isNumberObject(val1)) {
    return isNumberObject(val2) &&
      ObjectIs(ReflectApply(NumberValueOf, val1, []), ReflectApply(NumberValueOf, val2, []));
  }
  if (isStringObject(val1)) {
    return isStringObject(val2) &&
      ReflectApply(StringValueOf, val1, []) === ReflectApply(StringValueOf, val2, []);
  }
  if (isBooleanObject(val1)) {
    return isBooleanObject(val2) &&
      ReflectApply(BooleanValueOf, val1, []) === ReflectApply(BooleanValueOf, val2, []);
  }
  if (isBigIntObject(val1)) {
    return isBigIntObject(val2) &&
      ReflectApply(BigIntValueOf, val1, []) === ReflectApply(BigIntValueOf, val2, []);
  }
  if (isSymbolObject(val1)) {
    return isSymbolObject(val2) &&
      ReflectApply(SymbolValueOf, val1, []) === ReflectApply(SymbolValueOf, val2, []);
  }
  throw new Error(`Unknown boxed type ${val1}`);
}

/// Primitives: true/false when settled, undefined when both are objects still to compare.
function comparePrimitives(val1, val2, strict) {
  if (strict) {
    if (typeof val1 === 'number') return NumberIsNaN(val1) && NumberIsNaN(val2);
    if (typeof val2 !== 'object' || typeof val1 !== 'object' ||
        val1 === null || val2 === null ||
        ObjectGetPrototypeOf(val1) !== ObjectGetPrototypeOf(val2)) {
      return false;
    }
    return undefined;
  }
  if (val1 === null || typeof val1 !== 'object') {
    if (val2 === null || typeof val2 !== 'object') {
      // eslint-disable-next-line eqeqeq
      return val1 == val2 || (NumberIsNaN(val1) && NumberIsNaN(val2));
    }
    return false;
  }
  if (val2 === null || typeof val2 !== 'object') return false;
  return undefined;
}

/// Errors: message and name (non-enumerable ones; enumerable ones are compared as keys),
/// plus `cause` and `errors` the same way. The stack is never compared.
function areSimilarErrors(val1, val2, strict, memos) {
  if (!isNativeError(val2) && !(val2 instanceof Error)) return false;
  const message1Enumerable = isEnumerable(val1, 'message');
  const name1Enumerable = isEnumerable(val1, 'name');
  const cause1Enumerable = isEnumerable(val1, 'cause');
  const errors1Enumerable = isEnumerable(val1, 'errors');
  if (message1Enumerable !== isEnumerable(val2, 'message') ||
      (!message1Enumerable && val1.message !== val2.message)) {
    return false;
  }
  if (name1Enumerable !== isEnumerable(val2, 'name') ||
      (!name1Enumerable && val1.name !== val2.name)) {
    return false;
  }
  if (cause1Enumerable !== isEnumerable(val2, 'cause') ||
      (!cause1Enumerable && !innerDeepEqual(val1.cause, val2.cause, strict, memos))) {
    return false;
  }
  if (errors1Enumerable !== isEnumerable(val2, 'errors') ||
      (!errors1Enumerable && !innerDeepEqual(val1.errors, val2.errors, strict, memos))) {
    return false;
  }
  return true;
}

/// True for the kinds that have their own branch in innerDeepEqual.
function isSpecialKind(val) {
  return ArrayIsArray(val) || isArrayBufferView(val) || isSet(val) || isMap(val) ||
    isDate(val) || isRegExp(val) || isAnyArrayBuffer(val) || isBoxedPrimitive(val) ||
    isNativeError(val) || val instanceof Error;
}

// Node: lib/internal/util/comparisons.js innerDeepEqual
function innerDeepEqual(val1, val2, strict, memos) {
  // Identical values are equal, except +0 and -0 in strict mode.
  if (val1 === val2) {
    return val1 !== 0 || ObjectIs(val1, val2) || !strict;
  }

  const primitiveResult = comparePrimitives(val1, val2, strict);
  if (primitiveResult !== undefined) return primitiveResult;

  // Both are objects (and in strict mode share a prototype). The type tags only
  // provide a fast failure: they can be changed with Symbol.toStringTag.
  const val1Tag = typeTag(val1);
  const val2Tag = typeTag(val2);
  if (val1Tag !== val2Tag) return false;

  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2) || val1.length !== val2.length) return false;
    const filter = strict ? ONLY_ENUMERABLE : ONLY_ENUMERABLE | SKIP_SYMBOLS;
    const keys1 = getOwnNonIndexProperties(val1, filter);
    const keys2 = getOwnNonIndexProperties(val2, filter);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  } else if (val1Tag === '[object Object]') {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  } else if (isDate(val1)) {
    if (!isDate(val2) ||
        ReflectApply(DateGetTime, val1, []) !== ReflectApply(DateGetTime, val2, [])) {
      return false;
    }
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
  } else if (isArrayBufferView(val1)) {
    if (typedArrayTag(val1) !== typedArrayTag(val2)) return false;
    if (!strict && (isFloat32Array(val1) || isFloat64Array(val1))) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areSimilarTypedArrays(val1, val2)) {
      return false;
    }
    // Same bytes, so the same length: only extra (non-index) keys remain to check.
    const filter = strict ? ONLY_ENUMERABLE : ONLY_ENUMERABLE | SKIP_SYMBOLS;
    const keys1 = getOwnNonIndexProperties(val1, filter);
    const keys2 = getOwnNonIndexProperties(val2, filter);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (isSet(val1)) {
    if (!isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) return false;
  } else if (isNativeError(val1) || val1 instanceof Error) {
    if (!areSimilarErrors(val1, val2, strict, memos)) return false;
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (isSpecialKind(val2)) {
    return false;
  } else if (isKeyObject(val1)) {
    if (!isKeyObject(val2) || !val1.equals(val2)) return false;
  } else if (isCryptoKey(val1)) {
    if (!isCryptoKey(val2) ||
        val1.extractable !== val2.extractable ||
        !innerDeepEqual(val1.algorithm, val2.algorithm, strict, memos) ||
        !innerDeepEqual(val1.usages, val2.usages, strict, memos)) {
      return false;
    }
  } else if (isURL(val1)) {
    if (!isURL(val2) || val1.href !== val2.href) return false;
  }
  // Functions, WeakMaps, WeakSets, Promises, ... compare only their own keys.
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

/// Strict mode: the own enumerable symbol keys of val1 are appended to `aKeys`; false
/// when the two sides disagree on which symbols are own enumerable keys.
function checkSymbolKeys(val1, val2, aKeys) {
  const symbolKeysA = ObjectGetOwnPropertySymbols(val1);
  if (symbolKeysA.length !== 0) {
    let count = 0;
    for (const key of symbolKeysA) {
      if (isEnumerable(val1, key)) {
        if (!isEnumerable(val2, key)) return false;
        aKeys.push(key);
        count++;
      } else if (isEnumerable(val2, key)) {
        return false;
      }
    }
    const symbolKeysB = ObjectGetOwnPropertySymbols(val2);
    if (symbolKeysA.length !== symbolKeysB.length &&
        symbolKeysB.filter((k) => isEnumerable(val2, k)).length !== count) {
      return false;
    }
    return true;
  }
  const symbolKeysB = ObjectGetOwnPropertySymbols(val2);
  return symbolKeysB.length === 0 || symbolKeysB.filter((k) => isEnumerable(val2, k)).length === 0;
}

// Node: lib/internal/util/comparisons.js keyCheck
// Equal objects have the same own enumerable keys (in any order) with deep-equal
// values, and for Sets and Maps equal contents. `memos` tracks the pairs being
// compared so that cycles terminate.
function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  const isArrayLikeObject = aKeys !== undefined;
  if (aKeys === undefined) aKeys = ObjectKeys(val1);

  // Cheap key test first.
  for (const key of aKeys) {
    if (!isEnumerable(val2, key)) return false;
  }

  if (!isArrayLikeObject) {
    if (aKeys.length !== ObjectKeys(val2).length) return false;
    if (strict && !checkSymbolKeys(val1, val2, aKeys)) return false;
  }

  if (aKeys.length === 0 &&
      (iterationType === kNoIterator ||
       (iterationType === kIsArray && val1.length === 0) ||
       val1.size === 0)) {
    return true;
  }

  if (memos === undefined) {
    // The outermost pair: no cycle possible yet.
    memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false, deleteFailures: false };
    return objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  }

  if (memos.set === undefined) {
    // The second level is tracked without a Set; deeper levels switch to one.
    if (memos.deep === false) {
      if (memos.a === val1 && memos.b === val2) return true;
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new Set();
    memos.set.add(memos.a);
    memos.set.add(memos.b);
    memos.set.add(memos.c);
    memos.set.add(memos.d);
  }

  const { set } = memos;
  const originalSize = set.size;
  set.add(val1);
  set.add(val2);
  if (originalSize === set.size) return true;

  const areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  if (areEq || memos.deleteFailures) {
    set.delete(val1);
    set.delete(val2);
  }
  return areEq;
}

// Node: lib/internal/util/comparisons.js setHasEqualElement
function setHasEqualElement(set, val2, strict, memo) {
  const { deleteFailures } = memo;
  memo.deleteFailures = true;
  for (const val1 of set) {
    if (innerDeepEqual(val1, val2, strict, memo)) {
      // Each element may match only once.
      set.delete(val1);
      memo.deleteFailures = deleteFailures;
      return true;
    }
  }
  memo.deleteFailures = deleteFailures;
  return false;
}

// Node: lib/internal/util/comparisons.js findLooseMatchingPrimitives
// For a primitive missing from the other collection: `null`/`undefined` name the one
// other primitive that could be loosely equal to it (to look up directly), `false` means
// nothing can match, `true` means many values might (e.g. 1n == '+00001'), so the slow
// pairwise comparison is needed.
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // Only null reaches here.
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      // Only strings that convert to a non-NaN number can be loosely equal to another
      // primitive.
      return !NumberIsNaN(+prim);
    case 'number':
      return !NumberIsNaN(prim);
    default:
      return true;
  }
}

// Node: lib/internal/util/comparisons.js setMightHaveLoosePrim
function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return b.has(altValue) && !a.has(altValue);
}

// Node: lib/internal/util/comparisons.js mapMightHaveLoosePrim
function mapMightHaveLoosePrim(a, b, prim, item, memo) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  const curB = b.get(altValue);
  if ((curB === undefined && !b.has(altValue)) || !innerDeepEqual(item, curB, false, memo)) {
    return false;
  }
  return !a.has(altValue) && innerDeepEqual(item, curB, false, memo);
}

// Node: lib/internal/util/comparisons.js setEquiv
function setEquiv(a, b, strict, memo) {
  // Entries of `a` not found in `b` by identity, to be matched pairwise.
  let set = null;
  for (const val of a) {
    if (b.has(val)) continue;
    if ((typeof val !== 'object' || val === null) &&
        (strict || !setMightHaveLoosePrim(a, b, val))) {
      return false;
    }
    if (set === null) {
      if (b.size === 1) return innerDeepEqual(val, b.values().next().value, strict, memo);
      set = new Set();
    }
    set.add(val);
  }

  if (set === null) return true;
  for (const val of b) {
    if (typeof val === 'object' && val !== null) {
      if (!a.has(val) && !setHasEqualElement(set, val, strict, memo)) return false;
    } else if (!strict && !a.has(val) && !setHasEqualElement(set, val, strict, memo)) {
      return false;
    }
  }
  return set.size === 0;
}

// Node: lib/internal/util/comparisons.js mapHasEqualEntry
// Every candidate key is tried, so Map([[{}, 'a'], [{}, 'b']]) equals
// Map([[{}, 'b'], [{}, 'a']]).
function mapHasEqualEntry(set, map, key2, item2, strict, memo) {
  const { deleteFailures } = memo;
  memo.deleteFailures = true;
  for (const key1 of set) {
    if (innerDeepEqual(key1, key2, strict, memo) &&
        innerDeepEqual(map.get(key1), item2, strict, memo)) {
      set.delete(key1);
      memo.deleteFailures = deleteFailures;
      return true;
    }
  }
  memo.deleteFailures = deleteFailures;
  return false;
}

// Node: lib/internal/util/comparisons.js mapEquiv
function mapEquiv(a, b, strict, memo) {
  // Keys of `a` that need a pairwise search in `b`.
  let set = null;
  for (const { 0: key, 1: item1 } of a) {
    if (typeof key === 'object' && key !== null) {
      if (set === null) {
        if (b.size === 1) {
          const { 0: key2, 1: item2 } = b.entries().next().value;
          return innerDeepEqual(key, key2, strict, memo) &&
                 innerDeepEqual(item1, item2, strict, memo);
        }
        set = new Set();
      }
      set.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memo)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
        if (set === null) set = new Set();
        set.add(key);
      }
    }
  }

  if (set === null) return true;
  for (const { 0: key, 1: item } of b) {
    if (typeof key === 'object' && key !== null) {
      if (!mapHasEqualEntry(set, a, key, item, strict, memo)) return false;
    } else if (!strict &&
               (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memo)) &&
               !mapHasEqualEntry(set, a, key, item, strict, memo)) {
      return false;
    }
  }
  return set.size === 0;
}

/// Arrays: the elements index by index; holes must match holes.
function arrayElementsEquiv(a, b, strict, memos) {
  for (let i = 0; i < a.length; i++) {
    if (hasOwn(a, i)) {
      if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
    } else if (hasOwn(b, i)) {
      return false;
    } else {
      // A sparse array: compare the remaining own keys instead. (Node continues the
      // walk at the same counter over Object.keys; kept for identical results.)
      const keysA = ObjectKeys(a);
      for (; i < keysA.length; i++) {
        const key = keysA[i];
        if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
      }
      return keysA.length === ObjectKeys(b).length;
    }
  }
  return true;
}

// Node: lib/internal/util/comparisons.js objEquiv
function objEquiv(a, b, strict, keys, memos, iterationType) {
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  if (iterationType === kIsArray) return arrayElementsEquiv(a, b, strict, memos);
  if (iterationType === kIsSet) return setEquiv(a, b, strict, memos);
  if (iterationType === kIsMap) return mapEquiv(a, b, strict, memos);
  return true;
}

// Node: lib/internal/util/comparisons.js isDeepEqual
function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

// Node: lib/internal/util/comparisons.js isDeepStrictEqual
function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
