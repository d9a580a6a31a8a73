// a timer created inside a timer callback runs in a later pass, even with delay 0
setTimeout(() => {
  console.log('A');
  setTimeout(() => {
    console.log('A-inner');
    setTimeout(() => console.log('A-inner-inner'), 0);
  }, 0);
  queueMicrotask(() => console.log('A microtask'));
}, 0);
setTimeout(() => {
  console.log('B');
  setTimeout(() => console.log('B-inner'), 0);
}, 0);
setTimeout(() => console.log('C'), 0);
console.log('sync');
