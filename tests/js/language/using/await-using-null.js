// await using x = null / undefined adds no disposer but the block still awaits once when it exits
const log = [];
function ticks(tag, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(tag + ' tick ' + i));
  return p;
}
async function noUsing() {
  ticks('none', 4);
  {
    log.push('none body');
  }
  log.push('none after block');
}
async function withNull() {
  ticks('null', 4);
  {
    await using x = null;
    log.push('null body');
  }
  log.push('null after block');
}
async function withUndefined() {
  ticks('undef', 4);
  {
    await using x = undefined;
    log.push('undef body ' + x);
  }
  log.push('undef after block');
}
async function twoNulls() {
  ticks('two', 4);
  {
    await using x = null, y = undefined;
    await using z = null;
    log.push('two body');
  }
  log.push('two after block');
}
async function nullThenSync() {
  ticks('ns', 4);
  {
    using s = { [Symbol.dispose]() { log.push('ns sync dispose'); } };
    await using n = null;
    log.push('ns body');
  }
  log.push('ns after block');
}
async function syncThenNull() {
  ticks('sn', 4);
  {
    await using n = null;
    using s = { [Symbol.dispose]() { log.push('sn sync dispose'); } };
    log.push('sn body');
  }
  log.push('sn after block');
}
async function nullAndAsync() {
  ticks('na', 6);
  {
    await using n = null;
    await using a = { async [Symbol.asyncDispose]() { log.push('na async dispose'); } };
    log.push('na body');
  }
  log.push('na after block');
}
async function syncOnlyInAsync() {
  ticks('so', 4);
  {
    using s = { [Symbol.dispose]() { log.push('so sync dispose'); } };
    using n = null;
    log.push('so body');
  }
  log.push('so after block');
}
(async () => {
  for (const f of [noUsing, withNull, withUndefined, twoNulls, nullThenSync, syncThenNull, nullAndAsync, syncOnlyInAsync]) {
    await f();
    await ticks('-', 8);
    log.push('--');
  }
  console.log(log.filter((l) => !l.startsWith('- ')).join('\n'));
})();
