// assert.rejects (async): rejected promises and async functions, missing rejection, matchers, invalid arguments.
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
  await check('promise rejects', () => assert.rejects(Promise.reject(new Error('x'))));
  await check('async fn rejects', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await check('sync throw in fn', () => assert.rejects(() => { throw new Error('sync'); }, /sync/));
  await check('regexp match', () => assert.rejects(Promise.reject(new Error('boom')), /boom/));
  await check('object match', () => assert.rejects(Promise.reject(new Error('boom')), { message: 'boom' }));
  await check('missing rejection', () => assert.rejects(Promise.resolve(1)));
  await check('missing rejection class', () => assert.rejects(async () => {}, TypeError));
  await check('missing rejection message', () => assert.rejects(async () => {}, 'mm'));
  await check('wrong class', () => assert.rejects(Promise.reject(new Error('x')), TypeError));
  await check('object mismatch', () => assert.rejects(async () => { throw new Error('y'); }, { message: 'z' }));
  await check('validation fn', () => assert.rejects(Promise.reject(3), (v) => v === 3));
  await check('not a promise', () => assert.rejects(5));
  await check('fn returns non-promise', () => assert.rejects(() => 5));
  await check('fn returns string', () => assert.rejects(() => 'str'));
  await check('thenable with catch', () => assert.rejects({ then(res, rej) { rej(new Error('thenable')); }, catch() {} }, /thenable/));
  const p = assert.rejects(Promise.resolve());
  console.log('returns a promise:', p instanceof Promise);
  await p.catch((e) => console.log('late catch:', e.message));
  console.log('strict.rejects === rejects:', assert.strict.rejects === assert.rejects);
})();
