// %TypedArray%.prototype.toSorted: default numeric order, comparator, the original unchanged, same type result
const show = (ta) => ta.constructor.name + '[' + Array.from(ta).join(',') + ']';
const a = new Int32Array([5, -3, 100, 7, -3, 0]);
const s = a.toSorted();
console.log(show(s), show(a));
console.log(show(a.toSorted((x, y) => y - x)));
console.log(show(new Uint8Array([200, 3, 100, 20]).toSorted()));
console.log(show(new Float64Array([3, 1, 2]).toSorted(() => 0)));
try { a.toSorted('no'); } catch (e) { console.log(e.name); }
try { a.toSorted({}); } catch (e) { console.log(e.name); }
class My extends Int8Array {}
const m = new My([3, 1, 2]).toSorted();
console.log(m.constructor === Int8Array, m instanceof My, show(m));
console.log(Int8Array.prototype.toSorted.length);
