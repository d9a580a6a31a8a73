// Error construction order (message, then cause via has/get, then errors iterable), toString conversions, message presence
const log = [];
const opts = new Proxy({ cause: 'c' }, { has(t, k) { log.push('has ' + String(k)); return k in t; }, get(t, k) { log.push('get ' + String(k)); return t[k]; } });
new Error({ toString() { log.push('msg'); return 'm'; } }, opts); console.log(log.join(',')); log.length = 0;
new AggregateError({ [Symbol.iterator]() { log.push('iter'); return [][Symbol.iterator](); } }, { toString() { log.push('msg'); return 'm'; } }, opts); console.log(log.join(','));
const e = new Error('x'); Object.defineProperty(e, 'name', { get() { throw new RangeError('name getter'); } });
try { String(e); } catch (x) { console.log(x.name); }
console.log(Error.prototype.toString.call({ name: { toString() { return 'ObjName'; } }, message: ['a', 'b'] }));
const e2 = new TypeError(); console.log(JSON.stringify(e2.message), Object.hasOwn(e2, 'message'), String(e2));
const e3 = new Error(undefined); console.log(Object.hasOwn(e3, 'message'));
const e4 = new Error(''); console.log(Object.hasOwn(e4, 'message'), String(e4));
console.log(Error('a', { cause: 'b' }).cause, RangeError.prototype instanceof Error, Error.prototype instanceof Error);
console.log(typeof Error.prototype.constructor, Error.name, AggregateError.name, Object.getOwnPropertyDescriptor(Error.prototype, 'message'));
class E2 extends Error { constructor() { super('m', { cause: 'cc' }); } }
console.log(new E2().cause, new E2().name, new E2().constructor.name);
function Old() {} Old.prototype = Error.prototype;
console.log(new Old() instanceof Error, String(new Old()));
console.log(Reflect.construct(Error, ['nt'], Object).toString === Object.prototype.toString, Object.prototype.toString.call(Reflect.construct(Error, [], Object)));
