// Object.assign: own enumerable properties, getters invoked, setters on target called
const target = { a: 1 };
const result = Object.assign(target, { b: 2 }, { c: 3, a: 'overwritten' });
console.log(result === target, target);

// sources that are null/undefined are skipped; primitives are wrapped
console.log(Object.assign({}, null, undefined, 'xy', 5, true));

// symbols are copied, non-enumerable and inherited are not
const s = Symbol('s');
const src = Object.create({ inherited: 1 });
src.own = 1;
src[s] = 'symbol';
Object.defineProperty(src, 'hidden', { value: 1, enumerable: false });
const copy = Object.assign({}, src);
console.log(Object.keys(copy), copy[s]);

// getters on sources are invoked; setters on target are called
const log = [];
const getterSource = { get g() { log.push('getter'); return 'value'; } };
const setterTarget = { set g(v) { log.push('setter ' + v); } };
Object.assign(setterTarget, getterSource);
console.log(log);

// target is converted to an object; null target throws
console.log(typeof Object.assign(1, { a: 1 }));
try { Object.assign(null, {}); } catch (e) { console.log('null target', e.name); }

// writing to a non-writable target property throws even in sloppy code
const frozen = Object.freeze({ a: 1 });
try { Object.assign(frozen, { a: 2 }); } catch (e) { console.log('frozen target', e.name); }

// shallow copy
const nested = { inner: { v: 1 } };
const shallow = Object.assign({}, nested);
shallow.inner.v = 2;
console.log(nested.inner.v);

// order of property copying
const ordered = Object.assign({}, { z: 1, 2: 'two', y: 1, 1: 'one' });
console.log(Object.keys(ordered));
