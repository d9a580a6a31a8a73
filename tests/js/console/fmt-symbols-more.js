// symbols as keys and values with descriptions that need quoting
console.log(Symbol('has space'), Symbol(''), Symbol('quote\'s'));
console.log([Symbol.asyncIterator, Symbol.hasInstance, Symbol.toPrimitive]);
console.log({ [Symbol('k1')]: Symbol('v1'), plain: Symbol('v2') });
console.log(new Map([[Symbol('mk'), Symbol('mv')]]));
console.log(new Set([Symbol.for('shared')]));
const o = { b: 1, [Symbol('first')]: 2, a: 3, [Symbol('second')]: 4 };
console.log(o);
