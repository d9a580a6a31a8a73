// next() resolving to a non-object: TypeError at the loop after the await, the iterator is not closed; done/value getters are read in order.
let tick = 0;
(function t() { if (tick < 16) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function source(name, results) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() { const r = results[i++]; console.log(name, 'next returns', typeof r === 'function' ? 'a function' : String(r), 'at tick', tick); return r; },
    return() { console.log(name, 'return() must not be called'); return {}; },
  };
}

async function run(name, results) {
  try {
    for await (const v of source(name, results)) console.log(name, 'body', v);
    console.log(name, 'completed');
  } catch (e) {
    console.log(name, 'caught', e.name, 'at tick', tick);
  }
}

(async () => {
  await run('number', [{ value: 1, done: false }, 5]);
  await run('promiseOfUndefined', [Promise.resolve(undefined)]);
  await run('string', ['done']);
  await run('null', [null]);
  await run('function', [Object.assign(function () {}, { done: true })]);

  // accessor-based result objects: done is read before value, value not read when done
  const logged = {
    [Symbol.asyncIterator]() { return this; },
    n: 0,
    next() {
      const n = ++this.n;
      return {
        get done() { console.log('read done', n); return n > 2; },
        get value() { console.log('read value', n); return 'v' + n; },
      };
    },
  };
  for await (const v of logged) console.log('accessor body', v);
  // a truthy non-boolean done ends the loop
  for await (const v of { [Symbol.asyncIterator]: () => ({ next: () => ({ done: 'yes', value: 'x' }) }) }) console.log('never', v);
  console.log('truthy done ended the loop at tick', tick);
})();
console.log('sync end');
