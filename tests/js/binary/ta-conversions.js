// Element type conversions on store: integer wrap-around, Uint8Clamped rounding, Float32 rounding, BigInt wrap, strings and objects
const show = (ta) => ta.constructor.name + '[' + Array.from(ta, (x) => Object.is(x, -0) ? '-0' : String(x)).join(',') + ']';
const vals = [0, -0, 1.5, -1.5, 2.5, 255.5, 256, -129, 2 ** 32 + 7, -(2 ** 31) - 1, NaN, Infinity, -Infinity, '12', true, null, undefined];
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array]) {
  console.log(show(C.from(vals)));
}
console.log(show(new Float32Array([0.1, 1e40, -1e-50, 16777217])));
console.log(show(new BigInt64Array([2n ** 63n, -(2n ** 63n) - 1n, 2n ** 64n + 5n])));
console.log(show(new BigUint64Array([-1n, 2n ** 64n, -(2n ** 64n) - 3n])));
const conv = new Int8Array(3);
conv[0] = { valueOf() { return 300; } };
conv[1] = '0x10';
conv[2] = [7];
console.log(show(conv));
console.log(show(new Int16Array(new Float64Array([1e10, -1e10, 32767.9]))));
console.log(show(new Uint8Array(new Int16Array([-1, 256, 511]))));
try { new BigInt64Array([1]); } catch (e) { console.log(e.name); }
try { new Int8Array([1n]); } catch (e) { console.log(e.name); }
try { new BigInt64Array(1).fill(1.5); } catch (e) { console.log(e.name); }
console.log(show(new BigInt64Array(2).fill('12')), show(new BigInt64Array(1).fill(true)));
