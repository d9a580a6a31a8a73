// iterator return(): errors thrown by or around return(), and closing by destructuring/spread
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

// error thrown by return() during break propagates
const throwingReturn = {
  [Symbol.iterator]() {
    return {
      next: () => ({ value: 1, done: false }),
      return() { throw new Error('return threw'); },
    };
  },
};
try {
  for (const x of throwingReturn) break;
} catch (e) {
  console.log(e.message);
}

// when the body throws, an error from return() is suppressed
try {
  for (const x of throwingReturn) throw new Error('body error wins');
} catch (e) {
  console.log(e.message);
}

// return() must return an object when closing normally
const badReturn = {
  [Symbol.iterator]() {
    return { next: () => ({ value: 1, done: false }), return: () => 42 };
  },
};
try {
  for (const x of badReturn) break;
} catch (e) {
  console.log('non-object from return', e.name);
}

// array destructuring closes the iterator
let log = [];
const [first] = tracked('destructure', 3, log);
console.log(first, log.join(','));

// spread exhausts and does not call return
log = [];
const all = [...tracked('spread', 2, log)];
console.log(all.length, log.length);
