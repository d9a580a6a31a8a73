// AsyncDisposableStack use/adopt/defer: disposeAsync awaits each callback in reverse order, one after another
const log = [];
const stack = new AsyncDisposableStack();
log.push('disposed initially ' + stack.disposed);
stack.use({
  async [Symbol.asyncDispose]() {
    log.push('use async: start');
    await null;
    log.push('use async: end');
  },
});
stack.use({ [Symbol.dispose]() { log.push('use sync-only resource'); } });
stack.use(null);
const handle = { id: 3 };
log.push('adopt returns value ' + (stack.adopt(handle, async function (v) {
  'use strict';
  log.push('adopt: start id ' + v.id + ' this undefined ' + (this === undefined));
  await null;
  log.push('adopt: end');
}) === handle));
stack.defer(async () => {
  log.push('defer: start');
  await null;
  await null;
  log.push('defer: end');
});
stack.defer(() => log.push('defer sync callback'));
(async () => {
  log.push('calling disposeAsync');
  const p = stack.disposeAsync();
  log.push('disposeAsync returned a promise ' + (p instanceof Promise) + ', disposed ' + stack.disposed);
  log.push('resolved with ' + (await p));
  log.push('second disposeAsync resolves with ' + (await stack.disposeAsync()));
  log.push('-- callback return values are awaited, in order');
  const s2 = new AsyncDisposableStack();
  for (const n of [1, 2, 3]) {
    s2.defer(() => new Promise((resolve) => setTimeout(() => { log.push('timer callback ' + n); resolve(); }, 10 - n)));
  }
  await s2.disposeAsync();
  log.push('all done');
  console.log(log.join('\n'));
})();
