// symbols as values and as keys
const s = Symbol('a');
console.log({ [s]: 1 });
console.log({ x: 1, [Symbol('b')]: 'two', y: 2 });
console.log([Symbol('in array'), Symbol()]);
console.log({ [Symbol()]: 'empty description' });
console.log({ [Symbol.iterator]: 'well known' });
console.log({ [Symbol.for('reg')]: Symbol.for('reg') });
console.log({ [Symbol('with space')]: 1, [Symbol('a-b')]: 2 });
const hidden = {};
Object.defineProperty(hidden, Symbol('nonenum'), { value: 1, enumerable: false });
console.log(hidden);
