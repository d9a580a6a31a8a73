// the in operator checks own and inherited properties
const proto = { inherited: 1 };
const obj = Object.create(proto);
obj.own = 2;
obj.undef = undefined;
console.log('own' in obj, 'inherited' in obj, 'missing' in obj, 'undef' in obj);
console.log('toString' in obj, 'toString' in Object.create(null));

// arrays: indices and length
const arr = [10, , 30];
console.log(0 in arr, 1 in arr, 2 in arr, 3 in arr, 'length' in arr);

// keys are converted to property keys
console.log(1 in { 1: 'a' }, '1' in { 1: 'a' });

// symbols
const s = Symbol('s');
console.log(s in { [s]: 1 }, Symbol('s') in { [s]: 1 });

// right-hand side must be an object
try { 'a' in 'abc'; } catch (e) { console.log('string rhs', e.name); }
try { 'a' in null; } catch (e) { console.log('null rhs', e.name); }

// functions are objects
function f() {}
console.log('prototype' in f, 'name' in f, 'call' in f);

// deleted properties
const d = { x: 1 };
delete d.x;
console.log('x' in d);

// getters count even if they return undefined
const g = { get v() { return undefined; } };
console.log('v' in g);

// in within for-loop init needs parentheses
for (let i = ('a' in { a: 1 }) ? 1 : 0; i < 2; i++) console.log('loop', i);
