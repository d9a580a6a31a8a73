// return from the enclosing async function inside for await: return() is awaited before the function's promise settles, and finally blocks order.
let tick = 0;
(function t() { if (tick < 14) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function source(name) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() { i++; return Promise.resolve({ value: name + i, done: false }); },
    return() {
      console.log(name, 'return() at tick', tick);
      return new Promise((r) => { Promise.resolve().then(() => { console.log(name, 'return() settles at tick', tick); r({ done: true }); }); });
    },
  };
}

async function find(target) {
  try {
    for await (const v of source('src')) {
      if (v === target) {
        console.log('found', v, 'returning at tick', tick);
        return v.toUpperCase();
      }
    }
  } finally {
    console.log('outer finally at tick', tick);
  }
}

async function nested() {
  for await (const a of source('outer')) {
    for await (const b of source('inner')) {
      console.log('nested values', a, b);
      return 'nested done';
    }
  }
}

async function returnAwait() {
  for await (const v of source('ra')) {
    return await new Promise((r) => setTimeout(() => r('after timer ' + v), 2));
  }
}

find('src2').then((r) => {
  console.log('find resolved', r, 'at tick', tick);
  return nested();
}).then((r) => {
  console.log('nested resolved', r);
  return returnAwait();
}).then((r) => console.log('returnAwait resolved', r));
console.log('sync end');
