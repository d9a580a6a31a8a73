// broken async iteration protocols: missing next, non-callable next, Symbol.asyncIterator returning a non-object or throwing, null/undefined falling back to Symbol.iterator.
async function attempt(label, iterable) {
  try {
    const out = [];
    for await (const v of iterable) out.push(v);
    console.log(label, 'ok', out.join(','));
  } catch (e) {
    console.log(label, 'threw', e.name);
  }
}

(async () => {
  await attempt('iterator without next', { [Symbol.asyncIterator]() { return {}; } });
  await attempt('next is a number', { [Symbol.asyncIterator]() { return { next: 1 }; } });
  await attempt('asyncIterator returns primitive', { [Symbol.asyncIterator]() { return 42; } });
  await attempt('asyncIterator returns a promise of an iterator', { [Symbol.asyncIterator]() { return Promise.resolve({ next() { return { done: true }; } }); } });
  await attempt('asyncIterator throws', { [Symbol.asyncIterator]() { throw new RangeError('nope'); } });
  await attempt('asyncIterator not callable', { [Symbol.asyncIterator]: 'str' });
  await attempt('null asyncIterator falls back to iterator', { [Symbol.asyncIterator]: null, *[Symbol.iterator]() { yield 'sync1'; yield 'sync2'; } });
  await attempt('undefined asyncIterator falls back to iterator', { [Symbol.asyncIterator]: undefined, [Symbol.iterator]: () => [][Symbol.iterator]() });
  await attempt('neither protocol', { length: 1, 0: 'x' });
  await attempt('number', 5);
  await attempt('null', null);
  await attempt('sync iterator without next', { [Symbol.iterator]() { return {}; } });
  await attempt('sync next returns non-object', { [Symbol.iterator]() { return { next: () => 3 }; } });

  // GetIterator errors are thrown synchronously inside the async function body, before its first await
  let order = [];
  const p = (async () => {
    order.push('before loop');
    try { for await (const v of {}) order.push('never'); } catch (e) { order.push('caught ' + e.name); }
  })();
  order.push('after call');
  await p;
  console.log(order.join(' | '));

  // missing next only matters once next is called: the getter for next is read once at the start
  let reads = 0;
  const lazy = { [Symbol.asyncIterator]() { return { get next() { reads++; return undefined; } }; } };
  await attempt('next getter returns undefined', lazy);
  console.log('next reads', reads);
})();
