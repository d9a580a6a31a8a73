// Typed arrays over resizable and detached buffers, every element type, conversions.
var rab = new ArrayBuffer(16, { maxByteLength: 64 });
var views = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array].map(function (C) { return new C(rab); });
views.forEach(function (v, i) { v[0] = -1.5 * i; v[v.length - 1] = 2 ** 40; v["-0"] = 1; v[1.5] = 2; });
rab.resize(3); var lens = views.map(function (v) { return v.length; });
rab.resize(40); views[5].set([1, 2, 3], 1); views[1].copyWithin(0, 4);
var big = new BigInt64Array(4); big[0] = -(2n ** 63n); big[1] = 2n ** 64n + 5n;
var fixed = new Uint16Array(rab, 2, 3); rab.resize(4); var oob = [fixed.length, fixed[0]];
var moved = rab.transfer(8); var detached = [views[0].length, views[0][0], rab.detached, moved.byteLength];
try { views[0].fill(1); } catch (e) { detached.push(e.name); }
new Float64Array([3, 1, NaN, -0, 0, -Infinity]).sort();
new Uint8Array([5, 4, 3]).toSorted(function (a, b) { return b - a; }).with(1, 9).toReversed();
