// util.inspect options: depth, compact, breakLength, sorted, showHidden, maxArrayLength, maxStringLength, colors: false, inspect.custom
const util = require('util');

const nested = { a: { b: { c: { d: { e: 1 } } } }, list: [1, 2, 3] };
console.log(util.inspect(nested));
console.log(util.inspect(nested, { depth: 0 }));
console.log(util.inspect(nested, { depth: 1 }));
console.log(util.inspect(nested, { depth: Infinity }));
console.log(util.inspect(nested, { depth: null }));
console.log(util.inspect(nested, { compact: false }));
console.log(util.inspect(nested, { compact: true, depth: 10 }));
console.log(util.inspect({ k1: 'aaaa', k2: 'bbbb', k3: 'cccc' }, { breakLength: 20 }));
console.log(util.inspect({ k1: 'aaaa', k2: 'bbbb', k3: 'cccc' }, { breakLength: Infinity }));
console.log(util.inspect({ zeta: 1, alpha: 2, mid: { y: 1, b: 2 } }, { sorted: true }));
console.log(util.inspect(new Map([['z', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect([1, 2, 3], { showHidden: true }));
console.log(util.inspect(Object.defineProperty({ visible: 1 }, 'hidden', { value: 2 }), { showHidden: true }));
console.log(util.inspect(Array.from({ length: 120 }, (_, i) => i), { maxArrayLength: 5 }));
console.log(util.inspect('x'.repeat(30), { maxStringLength: 10 }));
console.log(util.inspect({ s: 'str', n: 1, b: true, u: undefined, nl: null }, { colors: false }));
console.log(util.inspect(123456789, { numericSeparator: true }));

const custom = {
  [util.inspect.custom](depth, options, inspect) {
    return `Custom<depth=${depth}, ${typeof options.stylize}, ${inspect === util.inspect}>`;
  },
};
console.log(util.inspect(custom), util.inspect({ inner: custom }));
console.log(util.inspect(custom, { customInspect: false }));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
console.log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.breakLength);
console.log(util.inspect('string'), util.inspect(Symbol('s')), util.inspect(-0), util.inspect(10n));
