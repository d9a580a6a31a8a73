// promises resolved by timers and timers created by promises alternate step by step
function delay(ms, v) { return new Promise((resolve) => setTimeout(resolve, ms, v)); }
delay(5, 1)
  .then((v) => { console.log('got', v); return delay(0, v + 1); })
  .then((v) => { console.log('got', v); return delay(1, v + 1); })
  .then((v) => { console.log('got', v); return delay(10, v + 1); })
  .then((v) => console.log('got', v, 'end'));
setTimeout(() => console.log('side timer 5'), 5);
setTimeout(() => console.log('side timer 200'), 200);
console.log('sync');
