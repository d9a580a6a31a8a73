// a long chain of immediates with timers and ticks interleaved at known points
let n = 0;
function step() {
  n++;
  if (n === 3) process.nextTick(() => console.log('tick at', n));
  if (n < 5) setImmediate(step);
  else console.log('done after', n, 'immediates');
}
setImmediate(step);
setTimeout(() => console.log('timer 50ms'), 50);
