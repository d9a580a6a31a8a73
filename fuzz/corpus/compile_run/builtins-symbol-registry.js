// Symbol.for and Symbol.keyFor: the global symbol registry
const a = Symbol.for('app.key');
const b = Symbol.for('app.key');
const local = Symbol('app.key');
console.log(a === b, a === local, a.description, a.toString());
console.log(Symbol.keyFor(a), Symbol.keyFor(local), Symbol.keyFor(Symbol.iterator));
try { Symbol.keyFor('app.key'); } catch (e) { console.log('keyFor non-symbol', e.name); }

// keys are converted to strings
console.log(Symbol.for(1) === Symbol.for('1'), Symbol.for() === Symbol.for('undefined'), Symbol.keyFor(Symbol.for()));

// registered symbols as property keys
const obj = { [Symbol.for('shared')]: 'value' };
console.log(obj[Symbol.for('shared')]);

// empty string key
console.log(Symbol.keyFor(Symbol.for('')) === '', Symbol.for('').description === '');
