// process.nextTick runs before promise jobs; ticks queued by microtasks run after them; the same after a timer callback
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise'));
  Promise.resolve().then(() => console.log('promise 2'));
});
process.nextTick((a, b) => {
  console.log('tick 1', a, b);
  process.nextTick(() => console.log('tick 2 (nested)'));
  Promise.resolve().then(() => console.log('promise from tick'));
}, 'x', 'y');
setTimeout(() => {
  console.log('timeout');
  process.nextTick(() => console.log('tick in timeout'));
  Promise.resolve().then(() => console.log('promise in timeout'));
}, 0);
setTimeout(() => console.log('timeout 2'), 0);
console.log('sync', typeof process.hrtime.bigint(), process.platform, Array.isArray(process.argv));
