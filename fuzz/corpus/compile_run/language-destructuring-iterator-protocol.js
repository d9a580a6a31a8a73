// array destructuring uses the iterator protocol and closes iterators it does not exhaust
function makeIterable(values, log) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      log.push('iterator');
      return {
        next() {
          log.push('next ' + i);
          return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true };
        },
        return() {
          log.push('return');
          return {};
        },
      };
    },
  };
}

let log = [];
const [a, b] = makeIterable([1, 2, 3], log);
console.log(a, b, log.join(', '));

log = [];
const [x, y, z, w] = makeIterable([1, 2], log);
console.log(x, y, z, w, log.join(', '));

log = [];
const [...all] = makeIterable([1, 2], log);
console.log(all.join(','), log.join(', '));

log = [];
const [] = makeIterable([1], log);
console.log('empty pattern:', log.join(', '));

// error while assigning closes the iterator
log = [];
try {
  const obj = { set fail(v) { throw new Error('setter failed'); } };
  [obj.fail] = makeIterable([1, 2], log);
} catch (e) {
  console.log(e.message, log.join(', '));
}
