// Array callback methods on dense arrays, holes, inherited and own getters and proxies:
// HasProperty and Get happen as the spec orders them (the dense-element shortcut must not
// be observable). Node 20's output.
let log = '';
const out = () => { const r = log; log = ''; return r; };
const a = [1, , 3];
Object.defineProperty(Array.prototype, 1, { get() { log += 'proto get 1;'; return 'P'; }, configurable: true });
const r1 = [JSON.stringify(a.map(x => x)), JSON.stringify(a.filter(() => true)), a.find(x => x === 'P'), a.findLast(() => false), out()];
a.forEach((x, i) => { log += i + ':' + x + ';'; }); const r2 = out();
const r3 = [a.indexOf('P'), a.lastIndexOf(3), a.reduce((s, x) => s + x, ''), a.reduceRight((s, x) => s + x, ''), out()];
delete Array.prototype[1];
console.log(r1, r2, r3);
const b = [1, , 3];
console.log(b.find((x, i) => i === 1 && x === undefined), b.some(x => x === undefined), b.every(x => x !== undefined));
const p = new Proxy([5, 6], { has(t, k) { log += 'has ' + String(k) + ';'; return k in t; }, get(t, k) { if (k !== 'length' && k !== 'constructor') log += 'get ' + String(k) + ';'; return t[k]; } });
Array.prototype.forEach.call(p, () => {}); Array.prototype.find.call(p, () => false); console.log(out());
const c = [1, 2, 3, 4];
console.log(c.map((x, i, arr) => { if (i === 0) arr.length = 2; return x * 2; }), c.filter((x, i, arr) => { if (i === 0) arr[3] = 9; return true; }));
const d = [0, 1]; Object.defineProperty(d, 0, { get() { return 'own getter'; } }); console.log(d.map(x => x));
console.log(Array.from({ length: 3, 0: 'a', 2: 'c' }).map(x => x), [..."ab"].flatMap(x => [x, x]));
