// yield* over hand-written async iterables: next is read once, its result is awaited (plain object,
// promise or thenable), done is read before value, a done:true value is the yield* result; a null
// Symbol.asyncIterator falls back to Symbol.iterator; non-object results are TypeErrors.
const log = (...a) => console.log(...a);
function makeIterable() {
  let i = 0;
  const iterator = {
    get next() {
      log('get next');
      return function (arg) {
        log('next called with', arg, 'this ok:', this === iterator);
        i++;
        const result = {
          get done() { log('get done', i); return i > 3; },
          get value() { log('get value', i); return i > 3 ? 'custom result' : 'v' + i; },
        };
        if (i === 2) return Promise.resolve(result);
        if (i === 3) return { then(res) { log('result thenable then()'); res(result); } };
        return result;
      };
    },
  };
  return { [Symbol.asyncIterator]() { log('asyncIterator called'); return iterator; }, [Symbol.iterator]() { log('never'); } };
}
async function* outer() {
  const r = yield* makeIterable();
  log('yield* =>', r);
  const fallback = yield* { [Symbol.asyncIterator]: null, *[Symbol.iterator]() { yield 'sync fallback'; return 'fallback result'; } };
  log('fallback =>', fallback);
  try { yield* { [Symbol.asyncIterator]() { return { next() { return 5; } }; } }; } catch (e) { log('non-object result:', e.name); }
  try { yield* { [Symbol.asyncIterator]() { return 5; } }; } catch (e) { log('non-object iterator:', e.name); }
  try { yield* {}; } catch (e) { log('not iterable:', e.name); }
}
(async () => {
  const it = outer();
  log('first', await it.next('first arg'));
  log('second', await it.next('second arg'));
  log('third', await it.next('third arg'));
  log('fourth', await it.next('fourth arg'));
  log('fifth', await it.next('fifth arg'));
})();
