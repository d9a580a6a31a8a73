// obj[key] with string and symbol keys goes through a per-site cache (issue 19): every
// read below must see the property the key names now, whatever the site saw before.
const kState = Symbol('kState');
const kOther = Symbol('kOther');
function read(o, k) { return o[k]; }

// One site, keys and shapes changing under it.
const a = { x: 1, y: 2, [kState]: 's', [kOther]: 'o' };
const b = { y: 20, x: 10 };
const out = [];
for (let i = 0; i < 3; i++) {
  out.push(read(a, 'x'), read(a, 'y'), read(b, 'x'), read(a, kState), read(a, kOther), read(b, kState));
}
console.log(out.join(' '));

// The property changes: value, deletion, a getter in its place, the prototype's.
const proto = { inherited: 'p1' };
const c = Object.create(proto);
c.own = 1;
const seen = [];
for (let i = 0; i < 3; i++) seen.push(read(c, 'own'), read(c, 'inherited'));
c.own = 2;
proto.inherited = 'p2';
seen.push(read(c, 'own'), read(c, 'inherited'));
delete c.own;
seen.push(read(c, 'own'));
Object.defineProperty(c, 'own', { get() { return 'getter:' + (this === c); }, configurable: true });
for (let i = 0; i < 2; i++) seen.push(read(c, 'own'));
c.inherited = 'shadow';
seen.push(read(c, 'inherited'));
Object.setPrototypeOf(c, { inherited: 'new proto' });
delete c.inherited;
seen.push(read(c, 'inherited'));
console.log(seen.join(' '));

// Keys exotic objects answer themselves: an array's and a string wrapper's length and
// indices, typed arrays' numeric strings, arguments, a proxy.
const arr = [5, 6, 7];
const ta = new Uint8Array([1, 2, 3]);
const box = new String('hey');
const prox = new Proxy({}, { get: (t, k) => 'trap:' + String(k) });
function args() { return arguments; }
const ar = args('p', 'q');
const mixed = [];
for (let i = 0; i < 3; i++) {
  mixed.push(read(arr, 'length'), read(arr, '1'), read(ta, 'length'), read(ta, '2'), read(ta, '-0'), read(ta, '1.5'));
  mixed.push(read(box, 'length'), read(box, '0'), read(ar, '1'), read(ar, 'length'), read(prox, 'k'), read(prox, kState));
}
arr.push(8);
mixed.push(read(arr, 'length'));
console.log(mixed.map(String).join(' '));

// Primitive receivers and the same content under another string value.
const key = ['to', 'Fixed'].join('');
console.log(read(1.5, key).call(1.5, 2), read('str', 'length'), read('str', 'at').call('str', -1));
const dynamic = {};
dynamic['k' + 1] = 'one';
for (let i = 0; i < 3; i++) console.log(read(dynamic, 'k1'), read(dynamic, ['k', '1'].join('')));

// Many keys through one site (a loop over names), and a getter that throws.
const rec = { a: 1, b: 2, c: 3, d: 4, e: 5 };
let total = 0;
for (let i = 0; i < 50; i++) for (const k of Object.keys(rec)) total += read(rec, k);
console.log('total', total);
const bad = { get boom() { throw new TypeError('keyed getter threw'); } };
for (let i = 0; i < 2; i++) {
  try { read(bad, 'boom'); } catch (e) { console.log(e.name, e.message); }
}
