// break from for await when return() resolves to a non-object: TypeError thrown at the loop, after awaiting the result.
let tick = 0;
(function t() { if (tick < 26) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function source(name, ret) {
  return {
    [Symbol.asyncIterator]() { return this; },
    next() { return { value: name, done: false }; },
    return() { console.log(name, 'return() at tick', tick); return ret(); },
  };
}

const cases = [
  ['number', () => 1],
  ['undefined', () => undefined],
  ['null', () => null],
  ['promiseOfString', () => Promise.resolve('str')],
  ['asyncUndefined', async () => {}],
  ['object', () => ({})],
  ['function', () => function () {}],
  ['promiseOfObject', () => Promise.resolve({ done: false })],
];

async function run([name, ret]) {
  try {
    for await (const v of source(name, ret)) {
      break;
    }
    console.log(name, 'loop completed normally at tick', tick);
  } catch (e) {
    console.log(name, 'threw', e.name, e instanceof TypeError, 'at tick', tick);
  }
}

(async () => {
  for (const c of cases) await run(c);
  // via return statement in an async function: the TypeError rejects the function's promise
  async function f() { for await (const v of source('viaReturn', () => 0)) return 'value'; }
  await f().then((v) => console.log('f fulfilled', v), (e) => console.log('f rejected', e.name));
})();
console.log('sync end');
