// break with an async return(): the loop waits for the promise from return(), including return() that itself awaits timers and microtasks.
let tick = 0;
(function t() { if (tick < 14) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function source(name, closeAsync) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    async next() { i++; return { value: i, done: false }; },
    async return() {
      console.log(name, 'return() start at tick', tick);
      await closeAsync();
      console.log(name, 'return() end at tick', tick);
      return { done: true };
    },
  };
}

async function main() {
  for await (const v of source('micro', () => Promise.resolve())) {
    console.log('micro body', v, 'at tick', tick);
    break;
  }
  console.log('after micro loop at tick', tick);

  for await (const v of source('timer', () => new Promise((r) => setTimeout(r, 5)))) {
    console.log('timer body', v);
    if (v === 2) break;
  }
  console.log('after timer loop');

  // async generator: break runs finally blocks, which may await
  async function* gen() {
    try {
      yield 'g1';
      yield 'g2';
    } finally {
      console.log('gen finally start');
      await new Promise((r) => setTimeout(r, 1));
      await null;
      console.log('gen finally end');
    }
  }
  for await (const v of gen()) {
    console.log('gen body', v);
    break;
  }
  console.log('after gen loop');
}

main().then(() => console.log('main done'));
console.log('sync end');
