// Methods that create arrays through @@species (map, filter, slice, subarray) versus toSorted/toReversed/with that do not
const show = (ta) => ta.constructor.name + '[' + Array.from(ta).join(',') + ']';
class Tagged extends Int16Array {
  static get [Symbol.species]() { calls.push('species'); return Float64Array; }
}
let calls = [];
const t = new Tagged([1, 2, 3, 4]);
console.log(show(t.map((x) => x / 2)), calls.length);
console.log(show(t.filter((x) => x > 2)), show(t.slice(1, 3)), calls.length);
try { t.subarray(1); } catch (e) { console.log('subarray', e.name); }
console.log(show(t.toSorted()), show(t.toReversed()), show(t.with(0, 9)));
class Sub extends Uint8Array {}
const s = new Sub([5, 6, 7]);
const m = s.map((x) => x);
console.log(m instanceof Sub, m.constructor.name, s.slice(0, 1) instanceof Sub, s.subarray(1) instanceof Sub);
class Small extends Int8Array {
  static get [Symbol.species]() { return function () { return new Int8Array(1); }; }
}
try { new Small([1, 2, 3]).map((x) => x); } catch (e) { console.log(e.name); }
class Big extends Int8Array {
  static get [Symbol.species]() { return BigInt64Array; }
}
try { new Big([1, 2]).slice(); } catch (e) { console.log(e.name); }
class NotTA extends Int8Array {
  static get [Symbol.species]() { return function () { return {}; }; }
}
try { new NotTA([1]).filter(() => true); } catch (e) { console.log(e.name); }
const ctorNull = new Int8Array([1, 2]);
ctorNull.constructor = undefined;
console.log(show(ctorNull.map((x) => x + 1)));
