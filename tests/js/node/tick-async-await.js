// async functions: awaiting a value, a native promise, a thenable and a returned promise take known numbers of jobs; ticks run between the sync part and the first job
const log = (s) => console.log(s);
const thenable = { then(resolve) { log('thenable.then called'); resolve('T'); } };
async function awaitValue() { log('value: start'); await 1; log('value: 1 job'); await 2; log('value: 2 jobs'); }
async function awaitThenable() { log('thenable: start'); const v = await thenable; log('thenable: got ' + v); }
async function returnsPromise() { return Promise.resolve('R'); }
awaitValue();
awaitThenable();
returnsPromise().then((v) => log('returnsPromise: ' + v));
Promise.resolve().then(() => log('p1')).then(() => log('p2')).then(() => log('p3')).then(() => log('p4'));
process.nextTick(() => log('tick from main'));
(async () => {
  await null;
  process.nextTick(() => log('tick queued after first await'));
  await null;
  log('second await resumed');
})();
log('sync end');
