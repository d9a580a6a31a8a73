// JSON.stringify, Object.prototype.toString and @@toStringTag of typed arrays, and the %TypedArray% intrinsic's shape
console.log(JSON.stringify(new Int8Array([1, -2])), JSON.stringify({ t: new Float64Array([0.5, NaN]) }), JSON.stringify(new Uint8Array(0)));
try { JSON.stringify(new BigInt64Array([1n])); } catch (e) { console.log(e.name); }
console.log(JSON.stringify(new Uint8Array([1, 2]), null, 1));
console.log(JSON.stringify([new Int16Array([3])], (k, v) => (typeof v === 'number' ? v * 2 : v)));
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
  const t = new C(1);
  console.log(Object.prototype.toString.call(t), t[Symbol.toStringTag], C.BYTES_PER_ELEMENT, C.prototype.BYTES_PER_ELEMENT, C.name, C.length);
}
const TypedArray = Object.getPrototypeOf(Int8Array);
const getter = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
console.log(getter.call({}), getter.call(3), getter.name, TypedArray.name, TypedArray.length, TypedArray.prototype.constructor === TypedArray);
try { new TypedArray(); } catch (e) { console.log(e.name); }
try { TypedArray(); } catch (e) { console.log(e.name); }
try { Int8Array(2); } catch (e) { console.log(e.name); }
console.log(Object.getOwnPropertyNames(TypedArray.prototype).sort().join());
console.log(Object.getPrototypeOf(Int8Array.prototype) === TypedArray.prototype, TypedArray[Symbol.species] === TypedArray);
console.log(typeof Object.getOwnPropertyDescriptor(TypedArray.prototype, 'length').get, Object.getOwnPropertyDescriptor(TypedArray.prototype, 'values').enumerable);
