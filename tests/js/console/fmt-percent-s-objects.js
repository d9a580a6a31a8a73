// %s with objects: user-defined toString is used, plain objects are inspected shallowly
class WithToString { toString() { return 'custom toString'; } }
console.log('%s', new WithToString());
console.log('%s', { a: { b: 1 } });
console.log('%s', [1, 'two', [3]]);
console.log('%s', new Error('msg').message);
console.log('%s', { toString() { return 'own toString'; } });
class Plain { constructor() { this.x = 1; } }
console.log('%s', new Plain());
console.log('%s', new Date(0).toISOString());
console.log('%s', Symbol.iterator);
