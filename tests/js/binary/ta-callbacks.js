// every, some, forEach, map, filter, reduce, reduceRight on typed arrays: arguments, thisArg, results converted to the element type
const show = (ta) => ta.constructor.name + '[' + Array.from(ta).join(',') + ']';
const a = new Uint8Array([1, 2, 3, 4]);
const log = [];
a.forEach(function (v, i, o) { log.push(`${v}/${i}/${o === a}/${this.x}`); }, { x: 'T' });
console.log(log.join(' '));
console.log(a.every((v) => v > 0), a.every((v) => v > 1), a.some((v) => v > 3), a.some((v) => v > 4));
console.log(show(a.map((v) => v * 100)), show(a.map((v) => -v)), show(a.map(String)));
console.log(show(a.filter((v) => v % 2 === 0)), show(a.filter(() => false)));
console.log(a.reduce((acc, v) => acc + v), a.reduce((acc, v) => acc + v, 10), a.reduceRight((acc, v) => acc + ',' + v, 'r'));
const order = [];
a.reduceRight((acc, v, i) => { order.push(i); return acc; });
console.log(order.join(','));
try { new Int8Array(0).reduce((x) => x); } catch (e) { console.log(e.name); }
try { new Int8Array(0).reduceRight((x) => x); } catch (e) { console.log(e.name); }
console.log(new Int8Array(0).reduce((x) => x, 'init'), new Int8Array(0).every(() => false), new Int8Array(0).some(() => true));
for (const m of ['every', 'some', 'forEach', 'map', 'filter', 'reduce', 'reduceRight']) {
  try { a[m](null); } catch (e) { console.log(m, e.name); }
}
const f = new Float32Array([1.1, 2.2]).map((x) => x * 2);
console.log(show(f), f instanceof Float32Array);
console.log(show(new Int16Array([1, 2]).map((x) => ({ valueOf() { return x + 1000; } }))));
