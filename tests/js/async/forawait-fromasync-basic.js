// Array.fromAsync over async iterables, sync iterables of promises, array-likes and strings; values of async iterators are not awaited.
// Expected output from Node 24 (Array.fromAsync).
const show = (arr) => '[' + arr.map((v) => (v instanceof Promise ? 'Promise' : String(v))).join(', ') + ']';

async function* gen() {
  yield 1;
  yield Promise.resolve(2); // the async generator awaits this itself
  yield 3;
}

const manual = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: () => Promise.resolve(i < 2 ? { value: Promise.resolve('p' + i++), done: false } : { done: true }) };
  },
};

async function main() {
  console.log('async generator', show(await Array.fromAsync(gen())));
  console.log('manual async iterator (promise values kept)', show(await Array.fromAsync(manual)));
  console.log('sync array of promises', show(await Array.fromAsync([Promise.resolve('a'), 'b', Promise.resolve('c')])));
  console.log('thenable in array', show(await Array.fromAsync([{ then(r) { r('from thenable'); } }])));
  console.log('array-like', show(await Array.fromAsync({ length: 3, 0: 'x', 1: Promise.resolve('y') })));
  console.log('string', show(await Array.fromAsync('hi')));
  console.log('Set', show(await Array.fromAsync(new Set([1, Promise.resolve(2)]))));
  const entries = await Array.fromAsync(new Map([['k', Promise.resolve('v')]]));
  console.log('Map entries (entry arrays are not awaited into)', entries[0][0], entries[0][1] instanceof Promise);
  console.log('empty', show(await Array.fromAsync([])));
  const result = await Array.fromAsync(gen());
  console.log('is array', Array.isArray(result), 'length', result.length);
  console.log('returns promise', Array.fromAsync([]) instanceof Promise, 'length property', Array.fromAsync.length);

  // this-value constructor is used to build the result
  class MyArr { constructor(...args) { console.log('MyArr constructed with', args.length, 'args'); } }
  const fromIter = await Array.fromAsync.call(MyArr, gen());
  console.log('custom ctor (iterable)', fromIter instanceof MyArr, fromIter.length, fromIter[2]);
  const fromLike = await Array.fromAsync.call(MyArr, { length: 2, 0: 'a', 1: 'b' });
  console.log('custom ctor (array-like)', fromLike instanceof MyArr, fromLike.length, fromLike[1]);
}

main().then(() => console.log('done'));
