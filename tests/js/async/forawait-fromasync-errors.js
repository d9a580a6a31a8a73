// Array.fromAsync errors: a throwing or rejecting mapper closes the iterator (async return() or sync return()), iterator errors do not close it.
// Expected output from Node 24 (Array.fromAsync).
function asyncSource(name) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() { i++; console.log(name, 'next', i); return Promise.resolve({ value: i, done: i > 5 }); },
    return() { console.log(name, 'return() called after', i, 'values'); return Promise.resolve({ done: true }); },
  };
}
function syncSource(name) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; return { value: i, done: i > 5 }; },
    return() { console.log(name, 'sync return() called after', i, 'values'); return {}; },
  };
}

async function attempt(label, promise) {
  try {
    const r = await promise;
    console.log(label, 'fulfilled', r.join(','));
  } catch (e) {
    console.log(label, 'rejected', e.name, e.name === 'TypeError' ? '' : e.message);
  }
}

async function main() {
  await attempt('mapper throws', Array.fromAsync(asyncSource('A'), (v) => { if (v === 2) throw new Error('map failed'); return v; }));
  await attempt('mapper rejects', Array.fromAsync(asyncSource('B'), async (v) => { if (v === 3) throw new RangeError('async map failed'); return v; }));
  await attempt('sync iterable, mapper throws', Array.fromAsync(syncSource('C'), (v) => { if (v === 2) throw new Error('sync map failed'); return v; }));
  // a rejected promise inside a sync iterable
  await attempt('rejected element', Array.fromAsync([1, Promise.reject(new TypeError('bad element')), 3]));
  const failing = {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.reject(new Error('next failed')); },
  };
  await attempt('next rejects', Array.fromAsync(failing));
  await attempt('next returns non-object', Array.fromAsync({ [Symbol.asyncIterator]() { return { next: () => 5 }; } }));
  await attempt('array-like getter throws', Array.fromAsync({ length: 2, get 0() { throw new Error('getter'); } }));
  await attempt('null input', Array.fromAsync(null));
  await attempt('asyncIterator not callable', Array.fromAsync({ [Symbol.asyncIterator]: 1 }));
}

main().then(() => console.log('done'));
