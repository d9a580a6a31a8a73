// await using where the disposer throws synchronously: the sync-dispose fallback turns it into an awaited rejection
const log = [];
function ticks(tag, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(tag + ' tick ' + i));
  return p;
}
(async () => {
  // only Symbol.dispose, which throws: wrapped in a promise that rejects, then awaited
  ticks('A', 4);
  try {
    await using r = { [Symbol.dispose]() { log.push('A dispose throws'); throw new Error('A'); } };
    log.push('A body');
  } catch (e) {
    log.push('A caught ' + e.message);
  }
  await ticks('-', 8);
  // a non-async Symbol.asyncDispose that throws: the throw is not awaited
  ticks('B', 4);
  try {
    await using r = { [Symbol.asyncDispose]() { log.push('B dispose throws'); throw new Error('B'); } };
    log.push('B body');
  } catch (e) {
    log.push('B caught ' + e.message);
  }
  await ticks('-', 8);
  // body error plus throwing sync fallback
  try {
    await using r = { [Symbol.dispose]() { throw new Error('dispose'); } };
    throw new Error('body');
  } catch (e) {
    log.push('C ' + e.name + ' ' + e.error.message + ' / ' + e.suppressed.message);
  }
  // sync using (not await using) in an async function: disposer throws synchronously
  try {
    using r = { [Symbol.dispose]() { throw new Error('D'); } };
  } catch (e) {
    log.push('D caught ' + e.message);
  }
  console.log(log.filter((l) => !l.startsWith('- ')).join('\n'));
})();
