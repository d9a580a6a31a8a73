// Array.prototype methods applied to typed arrays, Array.from, concat and Array.isArray
const t = new Int16Array([3, 1, 2]);
console.log(Array.prototype.join.call(t, '-'), Array.prototype.map.call(t, (x) => x * 2).join(), Array.isArray(t));
console.log(Array.prototype.slice.call(t, 1).join(), Array.prototype.indexOf.call(t, 2), Array.prototype.includes.call(t, 3));
console.log(Array.prototype.reduce.call(t, (a, b) => a + b), Array.prototype.filter.call(t, (x) => x > 1).join());
Array.prototype.reverse.call(t);
console.log(t.join());
Array.prototype.sort.call(t);
console.log(t.join());
Array.prototype.fill.call(t, 9, 1);
console.log(t.join());
try { Array.prototype.push.call(t, 1); } catch (e) { console.log('push', e.name); }
try { Array.prototype.pop.call(t); } catch (e) { console.log('pop', e.name); }
console.log([0].concat(new Int8Array([1, 2])).length, Array.from(new Uint8Array([4, 5])).join(), Array.of(...new Int8Array([6, 7])).join());
console.log(Array.prototype.at.call(t, -1), Array.prototype.findLast.call(t, (x) => x < 9), Array.prototype.toSorted.call(new Int8Array([2, 1])).join());
console.log(Array.prototype.keys.call(t).next().value, [...Array.prototype.entries.call(new Int8Array([5]))].join());
console.log(Array.prototype.every.call(new Float32Array([1, 2]), (x) => x > 0), Array.prototype.lastIndexOf.call(t, 9));
console.log(Array.prototype.copyWithin.call(new Int8Array([1, 2, 3]), 0, 1).join(), Array.prototype.with.call(new Int8Array([1, 2]), 0, 5).join());
const spreadable = new Int8Array([8, 9]);
spreadable[Symbol.isConcatSpreadable] = true;
console.log([].concat(spreadable).join());
