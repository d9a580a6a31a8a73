// Every Reflect method: return values (booleans vs throws), non-object targets, receivers
const o = { a: 1 };
console.log(Reflect.get(o, 'a'), Reflect.has(o, 'a'), Reflect.has(o, 'toString'), Reflect.set(o, 'b', 2), o.b);
console.log(Reflect.defineProperty(o, 'c', { value: 3 }), Reflect.defineProperty(o, 'c', { value: 4 }), o.c);
console.log(Reflect.deleteProperty(o, 'a'), Reflect.deleteProperty(o, 'c'), Reflect.deleteProperty(o, 'nope'), Object.keys(o));
console.log(Reflect.getOwnPropertyDescriptor(o, 'b'), Reflect.getOwnPropertyDescriptor(o, 'zz'));
console.log(Reflect.getPrototypeOf(o) === Object.prototype, Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o));
console.log(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o), Reflect.setPrototypeOf(o, {}), Reflect.setPrototypeOf(o, null));
console.log(Reflect.set(o, 'new', 1), Reflect.defineProperty(o, 'new', { value: 1 }));
const frozen = Object.freeze({ f: 1 });
console.log(Reflect.set(frozen, 'f', 2), Reflect.deleteProperty(frozen, 'f'), frozen.f);
const names = ['get', 'set', 'has', 'deleteProperty', 'defineProperty', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'ownKeys'];
console.log(names.map((n) => { try { Reflect[n](1, 'x', {}); return 'ok'; } catch (e) { return e.name; } }).join(','));
try { Reflect.setPrototypeOf({}, 1); } catch (e) { console.log('proto not object', e.name); }
try { Reflect.defineProperty({}, 'x', 1); } catch (e) { console.log('desc not object', e.name); }
console.log(Reflect.apply(String.prototype.slice, 'hello', [1, 3]), Reflect.construct(Date, [0]).getTime());
const cyc = {}; const child = Object.create(cyc);
console.log(Reflect.setPrototypeOf(cyc, child), Reflect.setPrototypeOf(cyc, cyc));
console.log(Object.prototype.toString.call(Reflect), typeof Reflect, Object.keys(Reflect).length, Object.getOwnPropertyNames(Reflect).sort().join(','));
console.log(Reflect.get([1, 2], 'length'), Reflect.has([], 'length'), Reflect.ownKeys([5]), Reflect.get('str'.constructor, 'name'));
