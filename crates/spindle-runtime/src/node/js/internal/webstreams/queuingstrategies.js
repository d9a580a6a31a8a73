// internal/webstreams/queuingstrategies (Node: lib/internal/webstreams/queuingstrategies.js):
// ByteLengthQueuingStrategy and CountQueuingStrategy (Streams Standard §7.2, §7.3).
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');

const {
  kState,
  kType,
  isBrandCheck,
  customInspectSymbol,
  customInspect,
  defineInterface,
} = require('internal/webstreams/util');

const isByteLengthQueuingStrategy = isBrandCheck('ByteLengthQueuingStrategy');
const isCountQueuingStrategy = isBrandCheck('CountQueuingStrategy');

// The size functions are shared by every instance (§7.2.3, §7.3.3): named "size", not
// constructors, and `this`-independent.
const byteLengthSizeFunction = { size(chunk) { return chunk.byteLength; } }.size;
const countSizeFunction = { size() { return 1; } }.size;

/// The QueuingStrategyInit dictionary: `highWaterMark` is required (an unrestricted double).
function convertQueuingStrategyInit(init) {
  if (init === undefined || init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  }
  const highWaterMark = init.highWaterMark;
  if (highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +highWaterMark;
}

// Node: lib/internal/webstreams/queuingstrategies.js ByteLengthQueuingStrategy
class ByteLengthQueuingStrategy {
  [kType] = 'ByteLengthQueuingStrategy';

  constructor(init) {
    this[kState] = { __proto__: null, highWaterMark: convertQueuingStrategyInit(init) };
  }

  get highWaterMark() {
    if (!isByteLengthQueuingStrategy(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isByteLengthQueuingStrategy(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteLengthSizeFunction;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], { highWaterMark: this.highWaterMark });
  }
}

defineInterface(ByteLengthQueuingStrategy, ['highWaterMark', 'size']);

// Node: lib/internal/webstreams/queuingstrategies.js CountQueuingStrategy
class CountQueuingStrategy {
  [kType] = 'CountQueuingStrategy';

  constructor(init) {
    this[kState] = { __proto__: null, highWaterMark: convertQueuingStrategyInit(init) };
  }

  get highWaterMark() {
    if (!isCountQueuingStrategy(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isCountQueuingStrategy(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSizeFunction;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], { highWaterMark: this.highWaterMark });
  }
}

defineInterface(CountQueuingStrategy, ['highWaterMark', 'size']);

module.exports = {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  isByteLengthQueuingStrategy,
  isCountQueuingStrategy,
};
