// user-defined iterables implementing Symbol.iterator by hand (no generators)
class Range {
  constructor(from, to) { this.from = from; this.to = to; }
  [Symbol.iterator]() {
    let current = this.from;
    const to = this.to;
    return {
      next() {
        if (current <= to) return { value: current++, done: false };
        return { value: undefined, done: true };
      },
    };
  }
}
const r = new Range(1, 4);
const vals = [];
for (const v of r) vals.push(v);
console.log(vals.join(','), [...r].join(','), Array.from(r).length);

// an iterable can be iterated multiple times if it creates fresh iterators
console.log([...r].length, [...r].length);

// iterator that is its own iterable
function countdown(n) {
  return {
    [Symbol.iterator]() { return this; },
    next() { return n > 0 ? { value: n--, done: false } : { done: true }; },
  };
}
const cd = countdown(3);
console.log([...cd].join(','), [...cd].length);

// done:true with a value: the value is not included
const withReturnValue = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => (i++ < 2 ? { value: i, done: false } : { value: 'final', done: true }) };
  },
};
console.log([...withReturnValue].join(','));

// truthy/falsy done values
const odd = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => ({ value: i, done: i++ >= 2 ? 1 : 0 }) };
  },
};
console.log([...odd].join(','));

// next must return an object
const bad = { [Symbol.iterator]() { return { next() { return 5; } }; } };
try { for (const x of bad) {} } catch (e) { console.log('non-object result', e.name); }

// Symbol.iterator must return an object
const bad2 = { [Symbol.iterator]() { return 1; } };
try { [...bad2]; } catch (e) { console.log('non-object iterator', e.name); }

// next is fetched once per loop
let nextGets = 0;
const counting = {
  [Symbol.iterator]() {
    let i = 0;
    const it = { _next() { return i < 3 ? { value: i++, done: false } : { done: true }; } };
    Object.defineProperty(it, 'next', { get() { nextGets++; return this._next; } });
    return it;
  },
};
for (const x of counting);
console.log('next property read', nextGets, 'time(s)');

// the array iterator is live over array-likes
const arrayLike = { length: 2, 0: 'a', 1: 'b', [Symbol.iterator]: Array.prototype[Symbol.iterator] };
console.log([...arrayLike].join(''));
