// AsyncDisposableStack.disposeAsync interleaving with other promise jobs
const log = [];
function ticks(tag, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(tag + ' tick ' + i));
  return p;
}
(async () => {
  const s = new AsyncDisposableStack();
  s.defer(() => log.push('A callback 1 (sync)'));
  s.defer(async () => log.push('A callback 2 (async)'));
  ticks('A', 6);
  s.disposeAsync().then(() => log.push('A disposeAsync resolved'));
  log.push('A after disposeAsync call');
  await ticks('-', 10);
  const e = new AsyncDisposableStack();
  ticks('B', 4);
  e.disposeAsync().then(() => log.push('B empty disposeAsync resolved'));
  await ticks('-', 10);
  ticks('C', 4);
  e.disposeAsync().then(() => log.push('C already-disposed disposeAsync resolved'));
  await ticks('-', 10);
  const n = new AsyncDisposableStack();
  n.use(null);
  ticks('D', 4);
  n.disposeAsync().then(() => log.push('D use(null) disposeAsync resolved'));
  await ticks('-', 10);
  console.log(log.filter((l) => !l.startsWith('- ')).join('\n'));
})();
