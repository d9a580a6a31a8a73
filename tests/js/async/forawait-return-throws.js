// break/return/continue-outer when return() throws or rejects: the error from return() replaces the normal exit.
let tick = 0;
(function t() { if (tick < 30) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function source(name, ret) {
  return {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ value: name, done: false }); },
    return() { console.log(name, 'return() at tick', tick); return ret(); },
  };
}

const syncThrow = () => { throw new Error('sync throw in return()'); };
const rejecting = () => Promise.reject(new Error('rejection from return()'));
const asyncThrow = async () => { await null; throw new RangeError('async throw in return()'); };

async function viaBreak(name, ret) {
  for await (const v of source(name, ret)) break;
  return 'not reached';
}
async function viaReturn(name, ret) {
  try {
    for await (const v of source(name, ret)) return 'return value lost';
  } finally {
    console.log(name, 'finally sees the error path at tick', tick);
  }
}
async function viaContinueOuter(name, ret) {
  let rounds = 0;
  outer: for (const x of [1, 2]) {
    rounds++;
    for await (const v of source(name + x, ret)) continue outer;
  }
  return rounds;
}

(async () => {
  for (const [name, ret] of [['syncThrow', syncThrow], ['rejecting', rejecting], ['asyncThrow', asyncThrow]]) {
    for (const fn of [viaBreak, viaReturn, viaContinueOuter]) {
      try {
        const r = await fn(name + '/' + fn.name, ret);
        console.log('fulfilled', r);
      } catch (e) {
        console.log(fn.name, 'caught', e.name, e.message, 'at tick', tick);
      }
    }
  }
})();
console.log('sync end');
