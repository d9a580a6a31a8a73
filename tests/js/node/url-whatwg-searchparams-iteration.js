// URLSearchParams: keys, values, entries, Symbol.iterator, forEach and the iterator objects.
'use strict';

const p = new URLSearchParams('a=1&b=2&a=3');
console.log([...p.keys()], [...p.values()], [...p.entries()], [...p]);
for (const [k, v] of p) console.log(`${k} -> ${v}`);
console.log(Array.from(p), Object.fromEntries(p), new Map(p).size);

p.forEach(function (value, key, obj) {
  console.log(value, key, obj === p, this.tag);
}, { tag: 'thisArg' });

// Iterators are live over the list.
const it = p.values();
console.log(it.next());
p.append('c', '4');
p.delete('a');
console.log(it.next(), it.next(), it.next());

// The iterator object.
const it2 = new URLSearchParams('x=y').entries();
const proto = Object.getPrototypeOf(it2);
const iteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
console.log(Object.prototype.toString.call(it2), Object.getPrototypeOf(proto) === iteratorProto);
console.log(it2[Symbol.iterator]() === it2, Object.keys(proto), proto.hasOwnProperty('constructor'));
console.log(typeof proto.next, proto[Symbol.toStringTag]);

// Brand checks.
try {
  proto.next.call({});
} catch (e) {
  console.log(e.code, e.message);
}
try {
  p.forEach('not a function');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  URLSearchParams.prototype.keys.call(new Map());
} catch (e) {
  console.log(e.code, e.message);
}

// Spreading into other collections and destructuring.
const [[firstKey, firstValue]] = new URLSearchParams('first=one&second=two');
console.log(firstKey, firstValue);
