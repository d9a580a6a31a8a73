// destructuring in the for await head: array/object patterns, defaults, assignment to existing variables and properties, errors in the pattern closing the iterator.
async function* pairs() {
  yield [1, 2];
  yield [Promise.resolve(3), undefined];
  yield ['only'];
}
async function* points() {
  yield { x: 1, y: 2, extra: true };
  yield { y: 5 };
  yield { x: null };
}

async function main() {
  for await (const [a, b = 'default-b'] of pairs()) console.log('const [a, b]', a instanceof Promise ? 'Promise' : a, b);

  let x, y;
  for await ({ x, y = 'dflt' } of points()) console.log('assign {x, y}', x, y);
  console.log('after loop x/y kept last values', x, y);

  const target = {};
  const arr = [];
  for await ([target.first, arr[arr.length]] of [['p', 'q'], Promise.resolve(['r', 's'])]) console.log('into props', target.first, arr.join(''));

  for await (const { length, 0: firstChar, ...rest } of ['hey', Promise.resolve('yo')]) console.log('string pattern', length, firstChar, Object.keys(rest).join(','));

  for await (const [k, { v = 'nested default' } = {}] of new Map([['m1', { v: 'given' }], ['m2', {}], ['m3', undefined]])) console.log('map pattern', k, v);

  let calls = 0;
  const dflt = () => { calls++; return 'computed'; };
  for await (const { p = dflt() } of [{ p: 0 }, {}, { p: undefined }]) console.log('lazy default', p);
  console.log('default evaluated', calls, 'times');

  // destructuring that throws closes the async iterator
  const it = {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ value: null, done: false }); },
    return() { console.log('return() called after destructuring error'); return Promise.resolve({}); },
  };
  try {
    for await (const { boom } of it) console.log('never', boom);
  } catch (e) {
    console.log('destructuring error', e.name);
  }
  try {
    for await (const [{ deep }] of [[undefined]]) console.log('never', deep);
  } catch (e) {
    console.log('nested destructuring error', e.name);
  }
}

main().then(() => console.log('main done'));
