// Own-key order of functions, String wrappers, Maps and big integer-like keys; own property names of core prototypes
// Expected output: Node 20's, except Map.prototype and WeakMap.prototype list getOrInsert and getOrInsertComputed (the upsert feature, standard in this test262 revision's features.txt), which Node 20 and 24 do not have yet.
const f = function () {}; f[2] = 'a'; f.b = 1; f[1] = 'b';
console.log(Reflect.ownKeys(f));
const s = new String('ab'); s[5] = 'x'; s.z = 1; s[2] = 'y';
console.log(Reflect.ownKeys(s));
const m = new Map(); m[1] = 1; console.log(Reflect.ownKeys(m));
const o = {}; o[2 ** 53] = 1; o[2 ** 32 - 2] = 1; o[2 ** 32] = 1; o[1] = 1;
console.log(Object.keys(o));
const e = new Error('x', { cause: 1 }); console.log(Object.getOwnPropertyNames(e).filter((k) => k !== 'stack'));
const a = new AggregateError([1], 'm', { cause: 2 }); console.log(Object.getOwnPropertyNames(a).filter((k) => k !== 'stack'));
console.log(Object.getOwnPropertyNames(Error.prototype).sort(), Object.getOwnPropertyNames(AggregateError.prototype).sort());
console.log(Object.getOwnPropertyNames(Function.prototype).sort().join());
console.log(Object.getOwnPropertyNames(Map.prototype).sort().join());
console.log(Object.getOwnPropertyNames(Object.prototype).sort().join());
console.log(Object.getOwnPropertyNames(WeakMap.prototype).sort(), Object.getOwnPropertyNames(WeakSet.prototype).sort());
