// timers created from microtasks go after timers already queued with the same delay
setTimeout(() => console.log('top timer 1'), 0);
Promise.resolve().then(() => {
  console.log('then');
  setTimeout(() => console.log('timer from then'), 0);
});
queueMicrotask(() => {
  console.log('microtask');
  setTimeout(() => console.log('timer from microtask'), 0);
});
setTimeout(() => console.log('top timer 2'), 0);
console.log('sync');
