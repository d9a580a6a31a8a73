// util.callbackify: success, rejections (falsy ones wrapped in ERR_FALSY_VALUE_REJECTION with .reason), this, name/length, nextTick timing
const util = require('util');

async function fetchValue(x) {
  if (x === 'throw') throw new TypeError('bad input');
  return `value:${x}`;
}
const cbFetch = util.callbackify(fetchValue);
console.log(typeof cbFetch, cbFetch.name, cbFetch.length);

function run(fn, arg) {
  return new Promise((resolve) => {
    fn(arg, (err, value) => {
      if (err) console.log('err:', err.name, err.code, err.message, 'reason' in err ? `reason=${String(err.reason)}` : '(no reason)');
      else console.log('ok:', err, value);
      resolve();
    });
  });
}

(async () => {
  await run(cbFetch, 'a');
  await run(cbFetch, 'throw');
  for (const falsy of [0, null, undefined, '', false]) {
    await run(util.callbackify(() => Promise.reject(falsy)), 'x');
  }
  const wrapped = await new Promise((resolve) => util.callbackify(() => Promise.reject(null))((e) => resolve(e)));
  console.log(wrapped instanceof Error, Object.keys(wrapped), wrapped.reason);

  // Non-async function returning a promise, plus multiple arguments
  const add = util.callbackify((a, b) => Promise.resolve(a + b));
  add(2, 3, (err, sum) => console.log('add:', err, sum));

  // `this` is passed through to the original and to the callback
  const obj = {
    name: 'obj',
    method: util.callbackify(async function () { return this.name; }),
  };
  obj.method(function (err, v) { console.log('this:', v, this === obj); });

  // The callback runs on a later process.nextTick, after the promise's microtasks
  const order = [];
  util.callbackify(async () => 'done')((err, v) => order.push(`callback ${v}`));
  process.nextTick(() => order.push('nextTick'));
  Promise.resolve().then(() => order.push('microtask'));
  order.push('sync');
  setTimeout(() => console.log(order), 5);
})();
