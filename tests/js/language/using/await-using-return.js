// return from an async function with await using: the value is computed first, the promise settles after async disposal
const log = [];
function ticks(tag, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(tag + ' tick ' + i));
  return p;
}
const ares = (name) => ({
  async [Symbol.asyncDispose]() {
    log.push('dispose start ' + name);
    await null;
    log.push('dispose end ' + name);
  },
});
async function f() {
  await using a = ares('a');
  await using b = ares('b');
  return (log.push('return expression'), 'value');
}
async function g() {
  const state = { n: 1 };
  await using r = { async [Symbol.asyncDispose]() { await null; state.n = 2; } };
  return state.n;
}
async function early(flag) {
  await using outer = ares('outer');
  if (flag) {
    await using inner = ares('inner');
    return 'early';
  }
  return 'late';
}
async function throwsAfter() {
  await using a = ares('t');
  throw new Error('thrown from body');
}
(async () => {
  ticks('T', 8);
  const p = f();
  log.push('f called, got promise');
  p.then((v) => log.push('f resolved ' + v));
  await ticks('-', 12);
  log.push('g resolved ' + (await g()));
  log.push('early(true) ' + (await early(true)));
  log.push('early(false) ' + (await early(false)));
  await throwsAfter().catch((e) => log.push('rejected: ' + e.message));
  console.log(log.filter((l) => !l.startsWith('- ')).join('\n'));
})();
