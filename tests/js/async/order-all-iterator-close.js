// when Promise.all fails mid-iteration it closes the iterator and returns a rejected promise
const log = (s) => console.log(s);
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { i++; log('next ' + i); return { value: i, done: i > 3 }; },
      return() { log('return called'); return {}; },
    };
  },
};
const orig = Promise.resolve;
Promise.resolve = function (x) { if (x === 2) throw new Error('resolve failed on 2'); return orig.call(this, x); };
const p = Promise.all(iterable);
Promise.resolve = orig;
log('Promise.all returned ' + (p instanceof Promise));
p.catch((e) => log('rejected: ' + e.message));
const bad = { [Symbol.iterator]() { throw new Error('no iterator'); } };
Promise.race(bad).catch((e) => log('race rejected: ' + e.message));
Promise.any(5).catch((e) => log('any on number: ' + e.name));
log('sync end');
