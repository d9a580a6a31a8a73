// Object.fromEntries with arrays, Maps, generators, iterators closing, and bad entries
console.log(Object.fromEntries([['a', 1], ['b', 2], ['a', 3]]));
console.log(Object.fromEntries(new Map([[1, 'one'], ['x', 'ex']])));
function* gen() { yield ['g1', 1]; yield ['g2', 2]; }
console.log(Object.fromEntries(gen()));
const sym = Symbol('k');
const o = Object.fromEntries([[sym, 's'], [{ toString() { return 'obj'; } }, 'o'], [2, 'two']]);
console.log(Object.keys(o), o[sym], o.obj);
console.log(Object.fromEntries([['__proto__', 5]]).__proto__, Object.getPrototypeOf(Object.fromEntries([['__proto__', 5]])) === Object.prototype);
try { Object.fromEntries([1]); } catch (e) { console.log('primitive entry', e.name); }
try { Object.fromEntries(null); } catch (e) { console.log('null', e.name); }
try { Object.fromEntries({}); } catch (e) { console.log('non-iterable', e.name); }
let closed = 0;
const iter = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { i++; return i === 1 ? { value: ['ok', 1], done: false } : { value: 'bad', done: false }; },
      return() { closed++; return {}; },
    };
  },
};
try { Object.fromEntries(iter); } catch (e) { console.log('closed on bad entry', e.name, closed); }
console.log(Object.fromEntries([['a', 1]].values()), Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k, v * 10])));
try { Object.fromEntries(['ab', 'cd']); } catch (e) { console.log('string entries', e.name); }
console.log(Object.fromEntries([[['arr-key'], 1], [null, 2], [undefined, 3]]));
