// Reflect.ownKeys ordering for objects, arrays, functions, classes, strings-wrappers, proxies and after deletes
const s = Symbol('s'), t = Symbol('t');
const o = { [t]: 1, z: 1, 5: 1, a: 1, [s]: 1, 1: 1, '4294967295': 1, '-0': 1 };
console.log(Reflect.ownKeys(o).map(String));
delete o.z; o.z = 2; o[0] = 0;
console.log(Reflect.ownKeys(o).map(String));
const arr = ['a', 'b']; arr.prop = 1; arr[s] = 2;
console.log(Reflect.ownKeys(arr).map(String));
console.log(Reflect.ownKeys(new String('hi')), Reflect.ownKeys(Object('')));
function fn(a) {}
console.log(Reflect.ownKeys(fn), Reflect.ownKeys(() => 0), Reflect.ownKeys(function* () {}));
class K { static b() {} static a = 1; static [Symbol.iterator]() {} }
console.log(Reflect.ownKeys(K).map(String));
console.log(Reflect.ownKeys(class {}), Reflect.ownKeys(K.prototype));
const bound = fn.bind(null);
console.log(Reflect.ownKeys(bound));
const proxy = new Proxy({}, { ownKeys() { return ['b', s, 'a', '1']; } });
console.log(Reflect.ownKeys(proxy).map(String));
try { Reflect.ownKeys(new Proxy({}, { ownKeys() { return ['a', 'a']; } })); } catch (e) { console.log('duplicate keys', e.name); }
try { Reflect.ownKeys(new Proxy({}, { ownKeys() { return [1]; } })); } catch (e) { console.log('number key', e.name); }
const e = new Error('x');
console.log(Reflect.ownKeys(e).filter((k) => k !== 'stack'));
const args = (function () { return arguments; })(1, 2);
console.log(Reflect.ownKeys(args).map(String));
