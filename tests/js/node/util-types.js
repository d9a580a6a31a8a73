// util.types predicates (same object as require('util/types')) on many kinds of values
const util = require('util');
const types = require('util/types');
console.log(util.types === types);

function* gen() {}
async function asyncFn() {}
async function* asyncGen() {}
const values = {
  promise: Promise.resolve(1),
  thenable: { then() {} },
  proxy: new Proxy({}, {}),
  regexp: /x/g,
  date: new Date(0),
  map: new Map(),
  set: new Set(),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  mapIterator: new Map().keys(),
  setIterator: new Set().values(),
  arrayBuffer: new ArrayBuffer(4),
  sharedArrayBuffer: typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(4) : new ArrayBuffer(4),
  dataView: new DataView(new ArrayBuffer(4)),
  uint8: new Uint8Array(2),
  float64: new Float64Array(2),
  bigint64: new BigInt64Array(1),
  error: new TypeError('x'),
  fakeError: Object.create(Error.prototype),
  boxedNumber: Object(1),
  boxedString: Object('s'),
  boxedBoolean: Object(true),
  boxedBigInt: Object(1n),
  boxedSymbol: Object(Symbol('s')),
  args: (function () { return arguments; })(),
  generatorFunction: gen,
  generatorObject: gen(),
  asyncFunction: asyncFn,
  asyncGeneratorFunction: asyncGen,
  plainFunction: function () {},
  object: {},
  array: [],
  primitive: 1,
};
const predicates = [
  'isPromise', 'isProxy', 'isRegExp', 'isDate', 'isMap', 'isSet', 'isWeakMap', 'isWeakSet',
  'isMapIterator', 'isSetIterator', 'isArrayBuffer', 'isAnyArrayBuffer', 'isArrayBufferView',
  'isDataView', 'isTypedArray', 'isUint8Array', 'isFloat64Array', 'isBigInt64Array',
  'isNativeError', 'isBoxedPrimitive', 'isNumberObject', 'isStringObject', 'isBooleanObject',
  'isBigIntObject', 'isSymbolObject', 'isArgumentsObject', 'isGeneratorFunction',
  'isGeneratorObject', 'isAsyncFunction',
];
for (const p of predicates) {
  const hits = Object.keys(values).filter((k) => types[p](values[k]));
  console.log(p, hits.join(','));
}
console.log(types.isSharedArrayBuffer(new ArrayBuffer(1)), types.isUint8ClampedArray(new Uint8ClampedArray(1)), types.isInt16Array(new Int16Array(1)));
console.log(util.isRegExp(/a/), util.isDate(new Date()), util.isRegExp === types.isRegExp, util.isDate === types.isDate);
