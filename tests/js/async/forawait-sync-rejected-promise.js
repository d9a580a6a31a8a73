// for await over a sync iterable that yields a rejected promise: the rejection is thrown at the loop head and the sync iterator is closed.
// Expected output from Node 24 (ES2025 closes the sync iterator when a yielded promise rejects; Node 20 predates that change).
let tick = 0;
(function t() { if (tick < 12) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function makeIterable(values) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { console.log('next', i); return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
        return() { console.log('return called at tick', tick); return { done: true }; },
      };
    },
  };
}

async function main() {
  try {
    for await (const v of makeIterable([1, Promise.reject(new Error('boom')), 3])) {
      console.log('body', v, 'at tick', tick);
    }
  } catch (e) {
    console.log('caught', e.message, 'at tick', tick);
  }

  // plain array with a rejected promise: remaining elements are never reached
  const seen = [];
  try {
    for await (const v of ['a', Promise.reject(new TypeError('bad')), 'c']) seen.push(v);
  } catch (e) {
    console.log('array caught', e.name, e.message, 'seen', seen.join(','));
  }

  // rejection with a non-Error value
  try {
    for await (const v of [Promise.reject(42)]) console.log('never', v);
  } catch (e) {
    console.log('caught primitive', e);
  }
}

main().then(() => console.log('main done at tick', tick));
console.log('sync end');
