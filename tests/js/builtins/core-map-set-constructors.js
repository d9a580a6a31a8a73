// Map/Set constructors: generator input, adder lookup via prototype (overridden set/add), iterator closing on bad entries
function* pairs() { yield ['a', 1]; yield ['b', 2]; }
console.log([...new Map(pairs())], [...new Set(pairs())].length, new Set('aabbc').size, new Map(new Map([[1, 2]])).get(1));
console.log(new Map(null).size, new Map(undefined).size, new Set(null).size, new Map([]).size);
const origSet = Map.prototype.set;
const calls = [];
Map.prototype.set = function (k, v) { calls.push(k); return origSet.call(this, k, v); };
new Map([['x', 1], ['y', 2]]);
Map.prototype.set = origSet;
console.log(calls);
const origAdd = Set.prototype.add;
Set.prototype.add = 5;
try { new Set([1]); } catch (e) { console.log('non-callable add', e.name); }
console.log(new Set().size);
Set.prototype.add = origAdd;
let closed = 0;
const iter = {
  [Symbol.iterator]() {
    let n = 0;
    return { next() { n++; return { value: n === 1 ? ['ok', 1] : 'bad', done: n > 3 }; }, return() { closed++; return {}; } };
  },
};
try { new Map(iter); } catch (e) { console.log('bad entry', e.name, closed); }
try { new Set(5); } catch (e) { console.log('Set(5)', e.name); }
try { Set(); } catch (e) { console.log('Set()', e.name); }
try { new WeakMap([[1, 2]]); } catch (e) { console.log('WeakMap primitive key', e.name); }
try { new WeakSet(['str']); } catch (e) { console.log('WeakSet primitive', e.name); }
try { new WeakMap().set(Symbol.for('registered'), 1); } catch (e) { console.log('registered symbol key', e.name); }
const wm = new WeakMap();
console.log(wm.get(1), wm.has('s'), wm.delete(null), new WeakSet().has(1), new WeakSet().delete(1));
console.log(Map.length, Set.length, WeakMap.length, Map.prototype[Symbol.iterator] === Map.prototype.entries, Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values);
try { Map.prototype.get.call(new Set(), 1); } catch (e) { console.log('Map.get on Set', e.name); }
try { Map.prototype.size; } catch (e) { console.log('size on prototype', e.name); }
class CountMap extends Map { set(k, v) { this.count = (this.count || 0) + 1; return super.set(k, v); } }
const cm = new CountMap([[1, 1], [2, 2]]);
console.log(cm.count, cm.size, cm instanceof Map);
