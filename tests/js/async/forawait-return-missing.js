// iterators without return(), or with return undefined/null: early exit just leaves the loop, and any other value must be callable.
let tick = 0;
(function t() { if (tick < 10) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function source(name, extra) {
  let i = 0;
  const it = {
    [Symbol.asyncIterator]() { return this; },
    next() { i++; console.log(name, 'next', i); return Promise.resolve({ value: i, done: false }); },
  };
  return Object.assign(it, extra);
}

async function main() {
  for await (const v of source('none', {})) if (v === 2) break;
  console.log('none: after break at tick', tick);

  for await (const v of source('undef', { return: undefined })) break;
  console.log('undef: after break at tick', tick);

  for await (const v of source('null', { return: null })) break;
  console.log('null: after break at tick', tick);

  try {
    for await (const v of source('number', { return: 42 })) break;
  } catch (e) {
    console.log('number return: caught', e.name, 'at tick', tick);
  }

  try {
    for await (const v of source('object', { return: {} })) throw new Error('body wins');
  } catch (e) {
    console.log('non-callable return with throw in body: caught', e.message);
  }

  // the iterator is left open: the consumer can keep reading it after the loop
  const it = source('reused', {});
  for await (const v of it) if (v === 1) break;
  for await (const v of it) { console.log('second loop continues at', v); break; }
}

main().then(() => console.log('main done at tick', tick));
console.log('sync end');
