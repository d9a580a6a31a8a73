// user objects implementing Symbol.asyncIterator by hand: next() returning promises, plain objects, and result objects whose value is a promise.
let tick = 0;
(function t() { if (tick < 14) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function counter(limit, mode) {
  return {
    [Symbol.asyncIterator]() {
      console.log(mode, '[Symbol.asyncIterator] called');
      let i = 0;
      return {
        next(...args) {
          console.log(mode, 'next() args', args.length, 'at tick', tick);
          i++;
          const r = i <= limit ? { value: i, done: false } : { value: 'end', done: true };
          if (mode === 'promise') return Promise.resolve(r);
          if (mode === 'plain') return r; // not a promise: awaited anyway
          if (mode === 'async') return (async () => r)();
          return { value: Promise.resolve(i), done: i > limit }; // value not awaited for async iterators
        },
      };
    },
  };
}

async function main() {
  for (const mode of ['promise', 'plain', 'async', 'promise-value']) {
    for await (const v of counter(2, mode)) {
      console.log(mode, 'value', v instanceof Promise ? 'Promise' : v, 'at tick', tick);
    }
  }
  // Symbol.asyncIterator takes priority over Symbol.iterator
  const both = {
    [Symbol.iterator]() { throw new Error('sync iterator should not be used'); },
    [Symbol.asyncIterator]() { let done = false; return { next() { const r = { value: 'async-path', done }; done = true; return r; } }; },
  };
  for await (const v of both) console.log('both ->', v);
  // next is read once, before the first call
  let reads = 0;
  const it = { i: 0, get next() { reads++; return () => ({ value: this.i, done: this.i++ >= 2 }); } };
  for await (const v of { [Symbol.asyncIterator]: () => it }) console.log('getter next value', v);
  console.log('next getter reads', reads);
}

main().then(() => console.log('main done'));
console.log('sync end');
