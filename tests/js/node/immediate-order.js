// setImmediate: FIFO, after the current macrotask's ticks and microtasks; ticks and promises between immediates; ones queued during the check phase wait a turn
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => console.log('tick after immediate 1'));
  Promise.resolve().then(() => console.log('promise after immediate 1'));
  setImmediate(() => console.log('immediate 3 (next turn)'));
});
setImmediate((a, b) => console.log('immediate 2', a, b), 'x', 'y');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
