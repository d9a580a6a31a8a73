// join, toString (the same function as Array.prototype.toString) and toLocaleString on typed arrays
const a = new Float64Array([1, -0, 1.5, NaN, Infinity, 1e21, 1e-7]);
console.log(a.join(), a.join(' | '), a.join(''), a.join(undefined), a.join(null));
console.log(a.toString(), String(a), `${new Int8Array([1, 2])}`, new Uint8Array(0).join());
console.log(Int8Array.prototype.toString === Array.prototype.toString, Object.getPrototypeOf(Int8Array.prototype).toString === Array.prototype.toString);
console.log(new BigInt64Array([-5n, 2n ** 62n]).join(';'), String(new BigUint64Array([2n ** 64n - 1n])));
console.log(new Int8Array([1, 2, 3]).join({ toString() { return '+'; } }));
const t = new Int8Array([3, 4]);
t.join = function () { return 'custom'; };
console.log(String(t), Array.prototype.toString.call(new Int8Array([9])));
const saved = Number.prototype.toLocaleString;
Number.prototype.toLocaleString = function () { return '<' + this + '>'; };
console.log(new Uint16Array([1, 2, 3]).toLocaleString());
Number.prototype.toLocaleString = saved;
BigInt.prototype.toLocaleString = function () { return this + 'n'; };
console.log(new BigInt64Array([7n, 8n]).toLocaleString());
console.log(new Int8Array(0).toLocaleString() === '', Int8Array.prototype.join.length);
