// keys, values, entries and @@iterator on typed arrays: for-of, spread, destructuring, Array.from, iteration seeing later writes
const a = new Int16Array([10, 20, 30]);
console.log([...a.keys()].join(','), [...a.values()].join(','), JSON.stringify([...a.entries()]));
console.log(a[Symbol.iterator] === a.values, Int8Array.prototype[Symbol.iterator] === Int8Array.prototype.values);
console.log(Object.prototype.toString.call(a.values()), Object.getPrototypeOf(a.keys()) === Object.getPrototypeOf([].keys()));
const out = [];
for (const x of a) { out.push(x); if (x === 10) a[2] = 33; }
console.log(out.join(','));
const [p, , q = 5, r = 'd'] = a;
console.log(p, q, r);
const { 0: z, length } = a;
console.log(z, length);
console.log(Math.max(...a), [...new Uint8Array(0)].length, Array.from(new Float32Array([0.5, 1.5])).join(','));
function args() { return arguments.length; }
console.log(args(...new Int8Array(5)));
const it = a.values();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
const saved = Object.getPrototypeOf([][Symbol.iterator]()).next;
let nexts = 0;
Object.getPrototypeOf([][Symbol.iterator]()).next = function () { nexts++; return saved.call(this); };
console.log([...new Int8Array(3)].length, nexts);
Object.getPrototypeOf([][Symbol.iterator]()).next = saved;
const m = new Map([[1, 'a']]);
console.log(new Map([new Int8Array([1, 2])]).get(1), m.size);
for (const [k, v] of new Uint8Array([7, 8]).entries()) console.log(k, v);
