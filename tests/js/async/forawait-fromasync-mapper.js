// Array.fromAsync with sync and async mapping functions: mapped results are awaited, thisArg and index are passed, calls are sequential.
// Expected output from Node 24 (Array.fromAsync).
let active = 0;
let maxActive = 0;

async function slowDouble(v, i) {
  active++;
  maxActive = Math.max(maxActive, active);
  console.log('map start', v, 'index', i);
  await new Promise((r) => setTimeout(r, 2));
  active--;
  return v * 2;
}

async function* gen() {
  yield 1;
  yield 2;
  yield 3;
}

async function main() {
  console.log('async mapper', (await Array.fromAsync(gen(), slowDouble)).join(','));
  console.log('max concurrent mapper calls', maxActive);

  console.log('sync mapper returning promises', (await Array.fromAsync([1, 2], (v) => Promise.resolve('m' + v))).join(','));

  const ctx = { prefix: '#' };
  const withThis = await Array.fromAsync({ length: 2, 0: 'a', 1: Promise.resolve('b') }, function (v, i) {
    console.log('mapper arguments', arguments.length, v, i, this === ctx);
    return this.prefix + v;
  }, ctx);
  console.log('with thisArg', withThis.join(','));

  // for async iterators the mapper receives the raw value; for sync ones it receives the awaited value
  const manual = {
    [Symbol.asyncIterator]() {
      let done = false;
      return { next() { const r = { value: Promise.resolve('raw'), done }; done = true; return r; } };
    },
  };
  await Array.fromAsync(manual, (v) => console.log('async-iterator mapper got', v instanceof Promise ? 'Promise' : v));
  await Array.fromAsync([Promise.resolve('awaited')], (v) => console.log('sync-iterable mapper got', v));

  // thenable returned by the mapper
  const thenables = await Array.fromAsync([1], () => ({ then(r) { r('thenable result'); } }));
  console.log(thenables[0]);

  try {
    await Array.fromAsync([1], 'not callable');
  } catch (e) {
    console.log('non-callable mapper rejects with', e.name);
  }
  const p = Array.fromAsync([1], {});
  console.log('no synchronous throw, got', p instanceof Promise);
  await p.catch((e) => console.log('rejected later with', e.name));
}

main().then(() => console.log('done'));
