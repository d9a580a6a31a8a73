// require('util') / 'node:util' / 'util/types' exports: the functions and objects Spindle provides, and module identity
const util = require('util');
const names = ['_extend', 'callbackify', 'debug', 'debuglog', 'deprecate', 'format', 'styleText',
  'formatWithOptions', 'inherits', 'inspect', 'isArray', 'isBoolean', 'isBuffer', 'isDeepStrictEqual',
  'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol', 'isUndefined', 'isRegExp',
  'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive', 'log', 'promisify',
  'stripVTControlCharacters', 'toUSVString', 'types', 'parseArgs', 'TextDecoder', 'TextEncoder'];
for (const name of names) console.log(name, typeof util[name], name in util);
console.log(require('node:util') === util, require('util/types') === util.types, require('node:util/types') === util.types);
console.log(util.isArray === Array.isArray);
console.log(typeof util.promisify.custom, typeof util.inspect.custom);
const typeNames = ['isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject', 'isNumberObject',
  'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp', 'isAsyncFunction', 'isGeneratorFunction',
  'isGeneratorObject', 'isPromise', 'isMap', 'isSet', 'isMapIterator', 'isSetIterator', 'isWeakMap',
  'isWeakSet', 'isArrayBuffer', 'isDataView', 'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject',
  'isAnyArrayBuffer', 'isBoxedPrimitive', 'isArrayBufferView', 'isTypedArray', 'isUint8Array',
  'isUint8ClampedArray', 'isUint16Array', 'isUint32Array', 'isInt8Array', 'isInt16Array', 'isInt32Array',
  'isFloat32Array', 'isFloat64Array', 'isBigInt64Array', 'isBigUint64Array'];
console.log(typeNames.filter((n) => typeof util.types[n] !== 'function'));
