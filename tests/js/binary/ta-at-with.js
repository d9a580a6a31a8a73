// %TypedArray%.prototype.at, with and toReversed: relative indices, RangeErrors, copies that leave the original alone
const show = (ta) => ta.constructor.name + '[' + Array.from(ta).join(',') + ']';
const a = new Int16Array([10, 20, 30, 40]);
console.log(a.at(0), a.at(-1), a.at(3), a.at(4), a.at(-5), a.at('1'), a.at(1.9), a.at(-0.5));
console.log(show(a.with(1, 99)), show(a.with(-1, -7)), show(a));
console.log(show(a.with(0, 70000)), show(a.with(2, '12')));
for (const i of [4, -5, Infinity]) {
  try { a.with(i, 1); } catch (e) { console.log(i, e.name, e instanceof RangeError); }
}
const r = a.toReversed();
console.log(show(r), show(a), r !== a, r.buffer !== a.buffer);
console.log(show(new Float32Array([1.5, 2.5, 3.5]).toReversed()));
console.log(show(new Uint8ClampedArray([1, 2]).with(0, 300)), show(new Uint8Array(0).toReversed()));
// the value is converted before the index is checked against the length
let log = [];
try { a.with(10, { valueOf() { log.push('valueOf'); return 1; } }); } catch (e) { log.push(e.name); }
console.log(log.join(' '));
console.log(a.with.length, a.at.length, a.toReversed.length);
