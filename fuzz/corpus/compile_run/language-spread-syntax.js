// spread in array literals and calls with arrays, strings and custom iterables
const a = [1, 2];
const b = [0, ...a, 3, ...a];
console.log(b.join(','));

console.log([...'héllo'].length, [...'a😀b'].length);
console.log(Math.max(...[1, 5, 3]), Math.max(...[]));

function collect() { return Array.prototype.join.call(arguments, '|'); }
console.log(collect(...'abc', 'd', ...[1, 2]));

// spreading an empty array
console.log([...[]].length);

// custom iterable
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => (i < 3 ? { value: i++ * 10, done: false } : { value: undefined, done: true }) };
  },
};
console.log([...iterable].join(','));

// spreading arguments
function viaArgs() { return [...arguments]; }
console.log(viaArgs('x', 'y').join(''));

// non-iterables throw TypeError
try { [...{}]; } catch (e) { console.log('object', e.name); }
try { [...5]; } catch (e) { console.log('number', e.name); }
try { collect(...null); } catch (e) { console.log('null', e.name); }

// spread creates a shallow copy
const nested = [[1], [2]];
const copy = [...nested];
copy[0].push('shared');
console.log(nested[0].join(','), copy === nested);

// spread with new
function Ctor(x, y) { this.s = x + y; }
console.log(new Ctor(...[3, 4]).s);
