// for await over generators that wait on setTimeout(0/5/10) and queueMicrotask: timer phases versus microtask drains around each iteration.
async function* timed(name, delays) {
  for (const d of delays) {
    await new Promise((r) => setTimeout(r, d));
    queueMicrotask(() => console.log(name, 'microtask queued before yield after', d));
    yield name + d;
  }
}

async function consume(name, delays) {
  for await (const v of timed(name, delays)) {
    console.log('got', v);
    queueMicrotask(() => console.log('microtask from body', v));
  }
  console.log(name, 'finished');
}

async function main() {
  await consume('A', [0, 0]);
  // timers of different lengths racing in one loop over an array of promises
  const order = [];
  const mk = (v, d) => new Promise((r) => setTimeout(() => { order.push(v); r(v); }, d));
  for await (const v of [mk('slow', 10), mk('mid', 5), mk('fast', 0)]) console.log('array value', v, 'fired so far', order.join(','));
  setTimeout(() => console.log('timer 0 set before consume B'), 0);
  await consume('B', [5]);
  console.log('main done');
}

setTimeout(() => console.log('outer timer 0'), 0);
queueMicrotask(() => console.log('outer microtask'));
main();
console.log('sync end');
