// await using with a rejecting async disposer: the rejection becomes the block's exception, chained with SuppressedError
const log = [];
function describe(e) {
  if (e instanceof SuppressedError) return 'S(' + describe(e.error) + ', ' + describe(e.suppressed) + ')';
  return e instanceof Error ? e.message : String(e);
}
const rejecting = (name) => ({
  async [Symbol.asyncDispose]() {
    log.push('dispose ' + name);
    await null;
    throw new Error(name);
  },
});
(async () => {
  try {
    await using a = rejecting('a');
    log.push('body ok');
  } catch (e) {
    log.push('1: ' + describe(e));
  }
  try {
    await using a = rejecting('a');
    throw new Error('body');
  } catch (e) {
    log.push('2: ' + describe(e));
  }
  try {
    await using a = rejecting('a');
    await using b = { async [Symbol.asyncDispose]() { log.push('dispose b ok'); } };
    await using c = rejecting('c');
    throw new Error('body');
  } catch (e) {
    log.push('3: ' + describe(e));
  }
  try {
    await using a = { [Symbol.asyncDispose]() { return Promise.reject('plain value'); } };
  } catch (e) {
    log.push('4: ' + typeof e + ' ' + describe(e));
  }
  async function f() {
    await using a = rejecting('in f');
    return 'value';
  }
  await f().then((v) => log.push('5: resolved ' + v), (e) => log.push('5: rejected ' + describe(e)));
  console.log(log.join('\n'));
})();
