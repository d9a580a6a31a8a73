// await using an object with only [Symbol.dispose]: it is called synchronously, its result ignored, and the disposal awaited
const log = [];
function ticks(tag, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(tag + ' tick ' + i));
  return p;
}
(async () => {
  ticks('A', 4);
  {
    await using r = {
      [Symbol.dispose]() {
        log.push('A sync dispose this ok ' + (this === r) + ' args ' + arguments.length);
        return { then() { log.push('A returned thenable was used (should not be)'); } };
      },
    };
    log.push('A body');
  }
  log.push('A after block');
  await ticks('-', 8);
  ticks('B', 4);
  {
    const both = {
      [Symbol.dispose]() { log.push('B Symbol.dispose (should not be used)'); },
      async [Symbol.asyncDispose]() { log.push('B Symbol.asyncDispose preferred'); },
    };
    await using r = both;
    log.push('B body');
  }
  log.push('B after block');
  await ticks('-', 8);
  ticks('C', 4);
  {
    await using r = { [Symbol.asyncDispose]: undefined, [Symbol.dispose]() { log.push('C fallback when asyncDispose is undefined'); } };
    log.push('C body');
  }
  log.push('C after block');
  await ticks('-', 8);
  console.log(log.filter((l) => !l.startsWith('- ')).join('\n'));
})();
