// a timer created by a microtask of a timer callback runs after the remaining due timers
setTimeout(() => {
  console.log('A');
  Promise.resolve().then(() => {
    console.log('A then');
    setTimeout(() => console.log('X from A then'), 0);
  });
}, 0);
setTimeout(() => {
  console.log('B');
  queueMicrotask(() => setTimeout(() => console.log('Y from B microtask'), 0));
}, 0);
setTimeout(() => console.log('C'), 0);
console.log('sync');
