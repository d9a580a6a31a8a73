// reverse and slice: in-place reversal of every element type, slice ranges, slice to a species of another element type
const show = (ta) => ta.constructor.name + '[' + Array.from(ta).join(',') + ']';
for (const C of [Int8Array, Uint16Array, Int32Array, Float32Array, Float64Array, BigInt64Array]) {
  const v = C === BigInt64Array ? [1n, 2n, 3n, 4n, 5n] : [1, 2, 3, 4, 5];
  const t = new C(v);
  console.log(show(t.reverse()), t.reverse() === t);
}
console.log(show(new Int8Array(0).reverse()), show(new Int8Array([7]).reverse()), show(new Int8Array([1, 2]).reverse()));
const sub = new Int16Array([0, 1, 2, 3, 4, 5]).subarray(1, 4);
sub.reverse();
console.log(show(new Int16Array(sub.buffer)));
const a = new Uint8Array([10, 20, 30, 40, 50]);
console.log(show(a.slice()), show(a.slice(1)), show(a.slice(-2)), show(a.slice(1, -1)), show(a.slice(3, 1)), show(a.slice(-100, 100)));
const copy = a.slice();
copy[0] = 99;
console.log(a[0], copy.buffer !== a.buffer);
class ToFloat extends Uint8Array { static get [Symbol.species]() { return Float32Array; } }
console.log(show(new ToFloat([1, 2, 3]).slice(1)));
const f = new Float64Array([1.5, -2.5]);
const bytesCopy = new Uint8Array(new Float64Array([NaN]).buffer).slice();
console.log(bytesCopy.length, show(f.slice(0, 1)));
console.log(Int8Array.prototype.slice.length, Int8Array.prototype.reverse.length);
