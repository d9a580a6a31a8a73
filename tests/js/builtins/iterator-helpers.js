// Iterator helpers (ES2025); expected output from Node 24.
function* naturals() { let i = 0; while (true) yield i++; }
console.log(naturals().map((x) => x * x).filter((x) => x % 2).take(5).toArray());
console.log(naturals().drop(3).take(3).toArray(), [...naturals().take(0)]);
console.log(naturals().take(4).flatMap((x) => [x, -x]).toArray());
console.log([1, 2, 3].values().reduce((a, b) => a + b), [1, 2, 3].values().reduce((a, b) => a + b, 10));
console.log(naturals().some((x) => x > 10), naturals().take(5).every((x) => x < 5), naturals().find((x) => x * x > 50));
const seen = []; [5, 6].values().forEach((v, i) => seen.push(`${i}:${v}`)); console.log(seen);
let closed = 0;
const counted = { i: 0, next() { return { value: this.i++, done: this.i > 100 }; }, return() { closed++; return {}; }, __proto__: Iterator.prototype };
console.log(counted.take(2).toArray(), closed, counted.find((x) => x === 5), closed);
const wrapped = Iterator.from({ next() { return { value: 1, done: false }; } });
console.log(Object.prototype.toString.call(wrapped), wrapped.take(2).toArray());
console.log(Iterator.from([7, 8]).toArray(), Iterator.from('hé').toArray());
const helper = naturals().map((x) => x);
console.log(helper.next(), helper.return(), helper.next(), String(helper[Symbol.toStringTag]));
try { naturals().take(-1); } catch (e) { console.log(e.name); }
try { naturals().map(42); } catch (e) { console.log(e.name); }
try { new Iterator(); } catch (e) { console.log(e.name, e.message); }
class Evens extends Iterator { #n = 0; next() { this.#n += 2; return { value: this.#n, done: false }; } }
console.log(new Evens().take(3).toArray(), new Evens() instanceof Iterator, Iterator.prototype[Symbol.toStringTag]);
