// a chain started in a timer callback completes before the next due timer runs
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve('a')
    .then((v) => { console.log('chain', v); return v + 'b'; })
    .then((v) => { console.log('chain', v); return Promise.resolve(v + 'c'); })
    .then((v) => console.log('chain', v))
    .finally(() => console.log('chain finally'));
}, 3);
setTimeout(() => console.log('timer 2'), 3);
setTimeout(() => {
  console.log('timer 3');
  new Promise((resolve) => setTimeout(() => resolve('late'), 0)).then((v) => console.log('resolved by timer:', v));
}, 3);
setTimeout(() => console.log('timer 4'), 3);
