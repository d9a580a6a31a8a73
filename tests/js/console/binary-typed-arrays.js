// console.log of every typed array type: prefix with length, element formatting (-0, NaN, BigInt n), empty arrays
console.log(new Int8Array([-128, 127, 0]));
console.log(new Uint8Array([1, 2, 3]));
console.log(new Uint8ClampedArray([300, -5, 1.5]));
console.log(new Int16Array([-1, 32767]));
console.log(new Uint16Array([65535]));
console.log(new Int32Array([-2147483648]));
console.log(new Uint32Array([4294967295]));
console.log(new Float32Array([1.5, 0.1, -0]));
console.log(new Float64Array([-0, 0, NaN, Infinity, -Infinity, 1e21, 5e-7]));
console.log(new BigInt64Array([1n, -2n, 9223372036854775807n]));
console.log(new BigUint64Array([18446744073709551615n]));
console.log(new Float64Array(0), new BigInt64Array(0), new Uint8Array());
console.log([new Uint8Array(0)], { empty: new Int8Array(0) });
