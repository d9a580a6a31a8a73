// several timers due in the same timers phase run back to back (ticks and microtasks drain after each); new timers and immediates they queue run after the phase
setTimeout(() => {
  console.log('A');
  setTimeout(() => console.log('A-timeout'), 0);
  setImmediate(() => console.log('A-immediate'));
  process.nextTick(() => console.log('A-tick'));
  Promise.resolve().then(() => console.log('A-promise'));
}, 0);
setTimeout(() => {
  console.log('B');
  queueMicrotask(() => console.log('B-microtask'));
}, 0);
setTimeout(() => console.log('C'), 1);
// make sure all three are already due when the event loop starts
const start = Date.now();
while (Date.now() - start < 4);
