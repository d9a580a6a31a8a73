// Async generators waiting on setTimeout(0/5/10): each resumes after its timer fires, microtasks
// queued by a step all run before the next timer callback.
const sleep = (ms, v) => new Promise(r => setTimeout(() => { console.log('timer', ms, 'fired'); r(v); }, ms));
async function* ticker(name, delays) {
  for (const d of delays) {
    const v = await sleep(d, name + '@' + d);
    yield v;
    console.log(name, 'resumed after', v);
  }
}
async function run(name, delays) {
  for await (const v of ticker(name, delays)) {
    console.log(name, 'received', v);
    Promise.resolve().then(() => console.log(name, 'microtask after', v));
  }
  console.log(name, 'done');
}
run('slow', [10]);
run('mid', [5]);
run('fast', [0]);
setTimeout(() => console.log('plain timeout 0'), 0);
Promise.resolve().then(() => console.log('microtask before timers'));
console.log('sync end');
