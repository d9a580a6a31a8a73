// let and const declarations: block scoping, reassignment, const immutability of binding
let a = 1;
{
  let a = 2;
  console.log('inner a', a);
}
console.log('outer a', a);

const obj = { n: 1 };
obj.n = 2; // the object itself is mutable
console.log(obj.n);

try {
  const c = 1;
  c = 2;
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}

let u;
console.log(u);

const arr = [];
arr.push(1, 2);
console.log(arr.length);

try {
  eval('let dup = 1; let dup = 2;');
} catch (e) {
  console.log('redeclare', e.name);
}

let x = 10;
function readX() { return x; }
x = 20;
console.log(readX());

for (const k of ['p', 'q']) {
  console.log('const in for-of', k);
}

try {
  for (const i = 0; i < 2; i++) {}
} catch (e) {
  console.log('const in for update', e.name);
}
