// an immediate queued by an immediate waits for the next loop turn, so a timer that became due runs before it
setImmediate(() => {
  console.log('immediate 1');
  setTimeout(() => console.log('timer (due before next turn)'), 0);
  setImmediate(() => console.log('immediate 3 (next turn)'));
  const start = Date.now();
  while (Date.now() - start < 4);
});
setImmediate(() => console.log('immediate 2 (same turn)'));
