// A property read that found nothing (the engine remembers such misses at the read's site) sees the property once it appears: on the object, on Object.prototype, on a new prototype, or on a class's prototype; and stops seeing it when deleted. Also null-prototype objects and getters added later.
function read(o) { return o.flag; }
const results = [];
const o = {};
for (let i = 0; i < 3; i++) results.push(read(o));
o.flag = 'own';
results.push(read(o));
delete o.flag;
results.push(read(o));
Object.prototype.flag = 'from Object.prototype';
results.push(read(o), read({}));
delete Object.prototype.flag;
results.push(read(o));
Object.setPrototypeOf(o, { flag: 'new prototype' });
results.push(read(o));
console.log(results);

class A {}
class B extends A {}
const b = new B();
const seen = [];
for (let i = 0; i < 3; i++) seen.push(read(b));
A.prototype.flag = 'A.prototype';
seen.push(read(b));
Object.defineProperty(B.prototype, 'flag', { get() { return 'getter on B.prototype'; }, configurable: true });
seen.push(read(b));
delete B.prototype.flag;
delete A.prototype.flag;
seen.push(read(b));
console.log(seen);

const bare = Object.create(null);
const bareSeen = [];
for (let i = 0; i < 3; i++) bareSeen.push(read(bare));
bare.flag = 1;
bareSeen.push(read(bare));
console.log(bareSeen);

// Many shapes at one site, each missing the key, then each gaining it.
const objects = [{}, { a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, [], function f() {}];
const before = objects.map(read);
objects.forEach((x, i) => { x.flag = i; });
console.log(before, objects.map(read));
