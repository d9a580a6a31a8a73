// await using in an async function: where the disposal awaits fall relative to a chain of other promise jobs
const log = [];
function ticks(tag, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(tag + ' tick ' + i));
  return p;
}
async function asyncFnDisposer() {
  ticks('A', 6);
  {
    await using r = { async [Symbol.asyncDispose]() { log.push('A dispose (async fn)'); } };
    log.push('A body');
  }
  log.push('A after block');
}
async function plainFnDisposer() {
  ticks('B', 6);
  {
    await using r = { [Symbol.asyncDispose]() { log.push('B dispose (returns undefined)'); } };
    log.push('B body');
  }
  log.push('B after block');
}
async function awaitingDisposer() {
  ticks('C', 8);
  {
    await using r = {
      async [Symbol.asyncDispose]() {
        log.push('C dispose start');
        await null;
        log.push('C dispose after await');
        await null;
        log.push('C dispose end');
      },
    };
    log.push('C body');
  }
  log.push('C after block');
}
async function twoResources() {
  ticks('D', 8);
  {
    await using a = { async [Symbol.asyncDispose]() { log.push('D dispose a'); } };
    await using b = { async [Symbol.asyncDispose]() { log.push('D dispose b'); } };
    log.push('D body');
  }
  log.push('D after block');
}
async function thenableResult() {
  ticks('E', 8);
  {
    await using r = {
      [Symbol.asyncDispose]() {
        log.push('E dispose returns thenable');
        return { then(resolve) { log.push('E then called'); resolve('x'); } };
      },
    };
    log.push('E body');
  }
  log.push('E after block');
}
(async () => {
  await asyncFnDisposer();
  await ticks('-', 8);
  await plainFnDisposer();
  await ticks('-', 8);
  await awaitingDisposer();
  await ticks('-', 10);
  await twoResources();
  await ticks('-', 10);
  await thenableResult();
  await ticks('-', 10);
  console.log(log.filter((l) => !l.startsWith('- ')).join('\n'));
})();
