// for-in: enumeration order, inherited properties, shadowing, mutation during iteration
const proto = { inherited: 1, shadowed: 'proto' };
const obj = Object.create(proto);
obj.b = 1;
obj[2] = 1;
obj.a = 1;
obj[1] = 1;
obj.shadowed = 'own';
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys.join(','));

// non-enumerable own property shadows an enumerable inherited one
const p2 = { hidden: 'enumerable on proto', visible: 1 };
const o2 = Object.create(p2);
Object.defineProperty(o2, 'hidden', { value: 'own non-enumerable', enumerable: false });
const k2 = [];
for (const k in o2) k2.push(k);
console.log(k2.join(','));

// symbols are never enumerated
const k3 = [];
for (const k in { [Symbol('s')]: 1, str: 2 }) k3.push(k);
console.log(k3.join(','));

// deleting a not-yet-visited property prevents it from being visited
const del = { a: 1, b: 2, c: 3 };
const visited = [];
for (const k in del) {
  visited.push(k);
  if (k === 'a') delete del.c;
}
console.log(visited.join(','));

// arrays: indices as strings plus extra properties
const arr = [10, 20];
arr.extra = 'x';
const ak = [];
for (const k in arr) ak.push(typeof k + ':' + k);
console.log(ak.join(' '));

// null and undefined: loop body not executed
let ran = false;
for (const k in null) ran = true;
for (const k in undefined) ran = true;
console.log(ran);

// strings and primitives
const sk = [];
for (const k in 'hey') sk.push(k);
for (const k in 42) sk.push(k);
console.log(sk.join(','));

// assignment target can be a member expression
const target = {};
for (target.last in { x: 1, y: 2 });
console.log(target.last);

// var in for-in head is function scoped
for (var leaked in { only: 1 });
console.log(leaked);

// Object.prototype builtins are non-enumerable
let count = 0;
for (const k in {}) count++;
console.log(count);
