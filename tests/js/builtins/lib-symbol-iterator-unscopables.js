// Symbol.iterator on user objects (spread, for-of, destructuring, return on early exit) and Symbol.unscopables with `with`
const log = [];
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => ({ value: i++, done: i > 3 }), return() { log.push('return'); return {}; } };
  },
};
console.log(JSON.stringify([...iterable]), Array.from(iterable).length, log.length);
for (const v of iterable) { if (v === 1) break; }
const [first] = iterable;
console.log(first, log.join(','));
try { [...{ [Symbol.iterator]: 1 }]; } catch (e) { console.log('non-callable', e.name); }
try { [...{ [Symbol.iterator]() { return 5; } }]; } catch (e) { console.log('non-object iterator', e.name); }
console.log(Array.prototype[Symbol.iterator] === Array.prototype.values, Object.keys(Array.prototype[Symbol.unscopables]).sort().join(','));
console.log(Object.getPrototypeOf(Array.prototype[Symbol.unscopables]), String.prototype[Symbol.iterator].name, Set.prototype[Symbol.iterator] === Set.prototype.values);
const result = (0, eval)(`
  var keys = 'outer';
  var out = [];
  with ([1, 2]) { out.push(typeof keys, typeof push, length); }
  var obj = { a: 'objA', b: 'objB', [Symbol.unscopables]: { a: true, b: false } };
  var a = 'globalA', b = 'globalB';
  with (obj) { out.push(a, b); }
  obj[Symbol.unscopables] = null;
  with (obj) { out.push(a); }
  out.join(' ');
`);
console.log(result);
