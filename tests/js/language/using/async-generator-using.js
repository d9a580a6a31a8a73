// async generators holding using / await using across yield: disposed on return(), throw(), consumer break and exhaustion
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
const ares = (name) => ({
  async [Symbol.asyncDispose]() {
    log.push('async dispose start ' + name);
    await null;
    log.push('async dispose end ' + name);
  },
});
async function* agen(tag) {
  using s = res(tag + ' sync');
  await using a = ares(tag + ' async');
  yield 1;
  yield 2;
  log.push(tag + ' body end');
}
(async () => {
  let it = agen('ret');
  await it.next();
  log.push('ret: ' + JSON.stringify(await it.return('R')));
  it = agen('thr');
  await it.next();
  try {
    await it.throw(new Error('injected'));
  } catch (e) {
    log.push('thr: caught ' + e.message);
  }
  for await (const v of agen('brk')) {
    log.push('brk: got ' + v);
    break;
  }
  log.push('brk: after loop');
  for await (const v of agen('exh')) log.push('exh: got ' + v);
  log.push('exh: after loop');
  async function* failing() {
    await using a = { async [Symbol.asyncDispose]() { throw new Error('dispose failed'); } };
    yield 1;
  }
  it = failing();
  await it.next();
  try {
    await it.return();
  } catch (e) {
    log.push('failing: ' + e.message);
  }
  console.log(log.join('\n'));
})();
