// assert.doesNotReject (async): resolved promises pass, rejections fail or are rethrown when not matching.
const assert = require('assert');

async function check(label, fn) {
  try {
    await fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
    console.log('----');
  }
}

(async () => {
  await check('resolved', () => assert.doesNotReject(Promise.resolve(1)));
  await check('async fn resolves', () => assert.doesNotReject(async () => 42));
  await check('rejected', () => assert.doesNotReject(Promise.reject(new Error('x'))));
  await check('rejected with message', () => assert.doesNotReject(async () => { throw new Error('x'); }, 'mm'));
  await check('matching class', () => assert.doesNotReject(Promise.reject(new TypeError('t')), TypeError));
  await check('non-matching class rethrown', () => assert.doesNotReject(Promise.reject(new Error('x')), TypeError));
  await check('rejected with primitive', () => assert.doesNotReject(Promise.reject(7)));
  await check('fn returns non-promise', () => assert.doesNotReject(() => 5));
  await check('not a promise', () => assert.doesNotReject(null));
  console.log('order check');
  const order = [];
  const p = assert.doesNotReject(Promise.resolve()).then(() => order.push('resolved'));
  order.push('sync');
  await p;
  console.log(order.join(','));
})();
