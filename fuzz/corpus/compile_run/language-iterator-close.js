// iterator return() is called on break, return, throw and destructuring, but not on exhaustion
function tracked(name, n, log) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          return i < n ? { value: i++, done: false } : { value: undefined, done: true };
        },
        return(v) {
          log.push(name + ' return()');
          return { done: true, value: v };
        },
      };
    },
  };
}

let log = [];
for (const x of tracked('exhaust', 2, log));
console.log('exhausted:', log.length === 0 ? 'no return call' : log.join(','));

log = [];
for (const x of tracked('break', 5, log)) { if (x === 1) break; }
console.log(log.join(','));

log = [];
function early() {
  for (const x of tracked('return', 5, log)) return x;
}
early();
console.log(log.join(','));

log = [];
try {
  for (const x of tracked('throw', 5, log)) throw new Error('inside loop');
} catch (e) {
  log.push('caught ' + e.message);
}
console.log(log.join(','));

log = [];
outer: for (const a of tracked('outer', 3, log)) {
  for (const b of tracked('inner', 3, log)) {
    continue outer;
  }
}
console.log(log.join(','));

// continue does not close the current iterator
log = [];
for (const x of tracked('continue', 3, log)) { continue; }
console.log('continue:', log.length);
