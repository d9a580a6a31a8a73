// several circular references get distinct <ref *n> markers
const a = { name: 'a' };
const b = { name: 'b' };
a.b = b;
b.a = a;
a.self = a;
console.log(a);
const x = { name: 'x' };
const y = { name: 'y' };
x.inner = y;
y.self = y;
x.self = x;
console.log(x);
const arr = [];
arr.push({ back: arr });
console.log({ holder: arr });
const s = { list: [] };
s.list.push(s, s);
console.log(s);
