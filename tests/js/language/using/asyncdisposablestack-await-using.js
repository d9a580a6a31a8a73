// await using stack = new AsyncDisposableStack(): its callbacks are awaited at block exit, after later await using resources
const log = [];
const ares = (name) => ({
  async [Symbol.asyncDispose]() {
    log.push('dispose start ' + name);
    await null;
    log.push('dispose end ' + name);
  },
});
(async () => {
  {
    await using first = ares('first');
    await using stack = new AsyncDisposableStack();
    stack.defer(async () => {
      log.push('stack defer start');
      await null;
      log.push('stack defer end');
    });
    stack.use(ares('stack use'));
    await using last = ares('last');
    log.push('body');
  }
  log.push('after block');
  try {
    await using stack = new AsyncDisposableStack();
    stack.defer(async () => { throw new Error('from stack'); });
    throw new Error('body');
  } catch (e) {
    log.push(e.name + ' error=' + e.error.message + ' suppressed=' + e.suppressed.message);
  }
  {
    // a DisposableStack under await using is disposed through its Symbol.dispose fallback
    await using ds = new DisposableStack();
    ds.defer(() => log.push('sync stack under await using'));
  }
  log.push('end');
  console.log(log.join('\n'));
})();
