// throw inside the for await body: return() is called and awaited, and the body's exception wins over return() errors and rejections.
let tick = 0;
(function t() { if (tick < 12) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function source(name, ret) {
  return {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ value: name, done: false }); },
    return: ret && function () { console.log(name, 'return() at tick', tick); return ret(); },
  };
}

const cases = [
  ['ok', () => ({ done: true })],
  ['asyncOk', async () => { await null; console.log('asyncOk return() finished at tick', tick); return {}; }],
  ['throws', () => { throw new Error('from return()'); }],
  ['rejects', () => Promise.reject(new Error('rejected return()'))],
  ['nonObject', () => 17],
  ['getterThrows', () => { throw new TypeError('never'); }],
  ['missing', null],
];

async function run([name, ret]) {
  const src = source(name, ret);
  if (name === 'getterThrows') Object.defineProperty(src, 'return', { get() { throw new Error('return getter'); } });
  try {
    for await (const v of src) {
      throw new Error('body error in ' + v);
    }
  } catch (e) {
    console.log(name, 'caught', e.message, 'at tick', tick);
  }
}

(async () => {
  for (const c of cases) await run(c);
  // a throw in the body of an async generator loop: the generator's finally runs first
  async function* gen() { try { yield 1; } finally { console.log('gen finally'); throw new Error('finally error'); } }
  try {
    for await (const v of gen()) throw new Error('body ' + v);
  } catch (e) {
    console.log('gen case caught', e.message);
  }
})();
console.log('sync end');
