// 'beforeExit' fires when the loop is empty; new timers or immediates make the loop run and fire it again; ticks and promises alone do not
let n = 0;
process.on('beforeExit', (code) => {
  n++;
  console.log('beforeExit', n, 'code', code);
  if (n === 1) setTimeout(() => console.log('timer from beforeExit 1'), 1);
  else if (n === 2) process.nextTick(() => setImmediate(() => { console.log('immediate via tick'); process.exitCode = 4; }));
  else if (n === 3) {
    process.nextTick(() => console.log('tick only'));
    Promise.resolve().then(() => console.log('promise only'));
  }
});
process.on('exit', (code) => {
  console.log('exit', code, 'after', n, 'beforeExit events');
  process.exitCode = 0;
});
console.log('main');
