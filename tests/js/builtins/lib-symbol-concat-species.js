// Symbol.isConcatSpreadable on arrays and array-likes; Symbol.species steering map/filter/slice/splice/concat results
const arr = [1, 2];
arr[Symbol.isConcatSpreadable] = false;
console.log(JSON.stringify([0].concat(arr)), [0].concat(arr).length);
const likes = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
console.log(JSON.stringify([].concat(likes, 'c', [['d']])), JSON.stringify([].concat({ length: 1, 0: 'x' })));
const holey = { length: 3, 1: 'mid', [Symbol.isConcatSpreadable]: 1 };
const c = [].concat(holey);
console.log(c.length, 0 in c, c[1]);
class MyArr extends Array {}
const m = MyArr.from([1, 2, 3]);
console.log(m.map(x => x) instanceof MyArr, m.filter(Boolean) instanceof MyArr, m.slice(1) instanceof MyArr, m.concat([4]) instanceof MyArr, m.splice(0, 1) instanceof MyArr);
class PlainSpecies extends Array { static get [Symbol.species]() { return Array; } }
const p = PlainSpecies.of(1, 2);
console.log(p instanceof PlainSpecies, p.map(x => x).constructor === Array, p.flat().constructor.name, p.flatMap(x => [x]).constructor === Array);
const created = [];
class Spy extends Array { static get [Symbol.species]() { return function (n) { created.push(n); return {}; }; } }
const res = Spy.from([5, 6, 7]).map(x => x * 2);
console.log(JSON.stringify(res), created.join(','), Object.keys(res).join(','), res.length);
const odd = [1, 2];
odd.constructor = { [Symbol.species]: null };
console.log(Array.isArray(odd.map(x => x)), odd.map(x => x).constructor === Array);
odd.constructor = { [Symbol.species]: 5 };
try { odd.map(x => x); } catch (e) { console.log('species not ctor', e.name); }
console.log(Array[Symbol.species] === Array, RegExp[Symbol.species] === RegExp, Map[Symbol.species] === Map);
