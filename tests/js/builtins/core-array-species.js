// Symbol.species and Array subclasses: which methods create subclass instances, species overrides, constructor tweaks
class MyArray extends Array {
  sum() { return this.reduce((a, b) => a + b, 0); }
}
const m = MyArray.from([1, 2, 3, 4]);
console.log(m instanceof MyArray, m.length, m.sum(), Array.isArray(m));
for (const name of ['map', 'filter', 'slice', 'splice', 'concat', 'flat', 'flatMap', 'toSorted', 'toReversed', 'with', 'toSpliced']) {
  const args = { map: [(x) => x], filter: [() => true], slice: [], splice: [0, 1], concat: [[5]], flat: [], flatMap: [(x) => [x]], toSorted: [], toReversed: [], with: [0, 9], toSpliced: [0, 1] }[name];
  const r = m.slice()[name](...args);
  console.log(name, r instanceof MyArray ? 'MyArray' : 'Array');
}
class Plain extends Array { static get [Symbol.species]() { return Array; } }
const p = Plain.of(1, 2, 3);
console.log(p instanceof Plain, p.map((x) => x) instanceof Plain, p.filter(Boolean).constructor === Array);
const log = [];
class Logged extends Array {
  static get [Symbol.species]() { return function (n) { log.push('species ' + n); return { length: 0 }; }; }
}
const l = Logged.of('a', 'b');
const mapped = l.map((x) => x + '!');
console.log(log, Array.isArray(mapped), mapped[0], mapped[1], mapped.length);
const arr = [1, 2];
arr.constructor = { [Symbol.species]: function () { return { custom: true }; } };
console.log(arr.map((x) => x).custom);
arr.constructor = undefined;
console.log(Array.isArray(arr.map((x) => x)));
arr.constructor = 5;
try { arr.map((x) => x); } catch (e) { console.log('bad constructor', e.name); }
const d = Object.getOwnPropertyDescriptor(Array, Symbol.species);
console.log(typeof d.get, d.set, d.get.name, Array[Symbol.species] === Array);
const sub = new MyArray(3);
console.log(sub.length, new MyArray(1, 2).length, MyArray.of(7).length);
