// Symbol.toStringTag on class instances and circular references
class T { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(new T());
class U { constructor() { this.v = 1; } get [Symbol.toStringTag]() { return 'Tag'; } }
console.log(new U());
const o = { a: 1 };
o.self = o;
console.log(o);
const arr = [1];
arr.push(arr);
console.log(arr);
const parent = { name: 'parent', children: [] };
parent.children.push({ name: 'child', parent });
console.log(parent);
