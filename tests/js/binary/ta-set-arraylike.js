// %TypedArray%.prototype.set from arrays, array-likes and other objects: conversions, offsets, getters running in order
const show = (ta) => Array.from(ta).join(',');
const a = new Int16Array(6);
a.set([1, 2, 3]);
a.set([7, 8], 4);
console.log(show(a));
a.set({ length: 2, 0: '5', 1: true }, 1);
console.log(show(a));
a.set('89', 3);
console.log(show(a));
a.set([1.9, -1.9, 40000]);
console.log(show(a));
const log = [];
const src = { length: 3, get 0() { log.push('g0'); return 1; }, get 1() { log.push('g1'); return { valueOf() { log.push('v1'); return 2; } }; }, get 2() { log.push('g2'); return 3; } };
a.set(src, 2);
console.log(show(a), log.join(' '));
try { a.set([1, 2, 3], 4); } catch (e) { console.log(e.name); }
try { a.set({ length: 7 }); } catch (e) { console.log(e.name); }
try { a.set([1], Infinity); } catch (e) { console.log(e.name); }
try { a.set([Symbol()]); } catch (e) { console.log(e.name); }
try { a.set(null); } catch (e) { console.log(e.name); }
a.set(5);
a.set([]);
const holes = [1, , 3];
a.set(holes);
console.log(show(a));
const b = new BigInt64Array(2);
b.set([5n, -6n]);
console.log(show(b));
try { b.set([1]); } catch (e) { console.log(e.name); }
const sparse = new Float64Array(3);
sparse.set({ length: 3, 1: 2 });
console.log(show(sparse));
