// Float16Array (output from Node 24): rounding to binary16, subnormals, overflow to Infinity, sort, conversions to and from other types
const show = (ta) => ta.constructor.name + '[' + Array.from(ta, (x) => Object.is(x, -0) ? '-0' : String(x)).join(',') + ']';
const h = new Float16Array([1.1, 65504, 65519, 65520, 1e-8, 3e-8, 6e-8, -0, NaN, 2049, 0.1]);
console.log(show(h));
console.log(Float16Array.BYTES_PER_ELEMENT, h.byteLength, Math.f16round(1.1), Math.f16round(2.980232238769532e-8));
console.log(show(h.toSorted()), h.indexOf(2048), h.includes(NaN));
const bits = new Uint16Array(new Float16Array([1, -2, Infinity, 0.5]).buffer);
console.log(Array.from(bits, (b) => b.toString(16)).join(','));
console.log(show(new Float16Array(new Float64Array([3.14159, 1e6]))), show(new Int16Array(new Float16Array([1.5, -7.75]))));
console.log(show(Float16Array.from([1, 2, 3], (x) => x / 3)), new Float16Array([0.3]).join());
const f = new Float16Array(3);
f.set([1e5, -1e5, 5e-8]);
console.log(show(f), show(f.map((x) => x * 2)));
