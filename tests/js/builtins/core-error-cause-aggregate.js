// Error cause option and AggregateError: own-property presence, errors array copy, argument conversion
const e1 = new Error('msg', { cause: 'why' });
console.log(e1.cause, Object.hasOwn(e1, 'cause'), Object.getOwnPropertyDescriptor(e1, 'cause').enumerable);
const e2 = new Error('msg', {});
console.log(Object.hasOwn(e2, 'cause'), 'cause' in e2);
const e3 = new Error('msg', { cause: undefined });
console.log(Object.hasOwn(e3, 'cause'), e3.cause);
const e4 = new TypeError('t', Object.create({ cause: 'inherited cause' }));
console.log(e4.cause, new RangeError('r', 'not an object').cause);
const e5 = new Error(undefined, { cause: 0 });
console.log(Object.hasOwn(e5, 'message'), e5.message === '', e5.cause);
const inner = [new TypeError('a'), 'plain', 42];
const agg = new AggregateError(inner, 'many', { cause: 'c' });
console.log(agg.name, agg.message, agg.errors.length, agg.errors !== inner, agg.errors[0] instanceof TypeError, agg.cause);
console.log(Object.keys(agg), Object.getOwnPropertyNames(agg).sort(), Object.getOwnPropertyDescriptor(agg, 'errors').enumerable);
function* g() { yield 'x'; yield 'y'; }
console.log(new AggregateError(g()).errors, new AggregateError(new Set([1])).errors, new AggregateError('ab').errors);
try { new AggregateError(); } catch (e) { console.log('no iterable', e.name); }
try { new AggregateError(5); } catch (e) { console.log('number', e.name); }
console.log(AggregateError.prototype.name, Object.getPrototypeOf(AggregateError) === Error, AggregateError.length, String(new AggregateError([], 'm')));
console.log(AggregateError([1]) instanceof AggregateError, Error('x') instanceof Error, TypeError('x').name);
console.log(new Error({ toString() { return 'converted'; } }).message, typeof new Error(42).message);
