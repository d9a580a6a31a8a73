// break out of for await over a hand-written async iterator whose return() is synchronous: when return() runs and how long the close takes.
let tick = 0;
(function t() { if (tick < 12) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function source(name, returnResult) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() { i++; console.log(name, 'next', i, 'at tick', tick); return Promise.resolve({ value: i, done: false }); },
    return(...args) {
      console.log(name, 'return() args', args.length, 'at tick', tick);
      return returnResult;
    },
  };
}

async function main() {
  for await (const v of source('plainObj', { done: true, value: 'ignored' })) {
    console.log('body', v);
    if (v === 2) break;
  }
  console.log('after loop 1 at tick', tick);

  for await (const v of source('promiseObj', Promise.resolve({ done: true }))) {
    console.log('body', v);
    break;
  }
  console.log('after loop 2 at tick', tick);

  // a loop that finishes normally (done: true) does not call return()
  let n = 0;
  const finite = {
    [Symbol.asyncIterator]() { return this; },
    next() { n++; return { value: n, done: n > 2 }; },
    return() { console.log('finite return() should not be called'); return {}; },
  };
  for await (const v of finite) console.log('finite body', v);
  console.log('after loop 3 at tick', tick);
}

main().then(() => console.log('main done at tick', tick));
console.log('sync end');
