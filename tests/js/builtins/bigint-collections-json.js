// BigInts as Map/Set keys (SameValueZero by value), property keys, JSON and console output.
const m = new Map([[1n, "one"], [2n ** 70n, "big"]]);
console.log(m.get(1n), m.get(2n ** 70n), m.has(1), new Set([1n, 1n, 2n, 1]).size);
const o = { 1n: "literal key", [2n ** 3n]: "computed" };
console.log(o, o[1], Object.keys(o));
try { JSON.stringify({ a: 1n }); } catch (e) { console.log(e.name); }
BigInt.prototype.toJSON = function () { return this.toString() + "n"; };
console.log(JSON.stringify({ a: 1n, b: [2n] }));
delete BigInt.prototype.toJSON;
console.log([1n, -2n, 0n], { big: 123456789012345678901234567890n }, Object(7n), [Object(-1n)]);
console.log(Object.prototype.toString.call(1n), Object.prototype.toString.call(Object(1n)), typeof BigInt.prototype.valueOf.call(Object(3n)));
console.log([3n, 1n, 2n].sort(), [3n, 1n, 10n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
