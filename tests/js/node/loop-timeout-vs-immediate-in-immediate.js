// inside a setImmediate callback, a new immediate waits for the next loop turn, whose timers phase comes first: a timer that is due by then runs before it
setImmediate(() => {
  setTimeout(() => console.log('timeout 0'), 0);
  setTimeout(() => console.log('timeout 1'), 1);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
  console.log('in immediate');
  // make sure the two timers are due when the next turn starts
  const start = Date.now();
  while (Date.now() - start < 4);
});
