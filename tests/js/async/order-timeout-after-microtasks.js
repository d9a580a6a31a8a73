// a zero-delay timer runs only after the whole microtask queue drains, and drains again between timers
const log = (s) => console.log(s);
setTimeout(() => {
  log('timer 1');
  Promise.resolve().then(() => log('timer 1 micro')).then(() => log('timer 1 micro 2'));
  queueMicrotask(() => log('timer 1 qm'));
}, 0);
setTimeout(() => log('timer 2'), 0);
Promise.resolve().then(() => {
  log('micro 1');
  setTimeout(() => log('timer 3 from micro'), 0);
}).then(() => log('micro 2'));
log('sync end');
