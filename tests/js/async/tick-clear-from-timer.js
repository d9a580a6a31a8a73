// a timer callback can clear a later timer due in the same pass
const first = setTimeout(() => {
  console.log('first');
  clearTimeout(third);
}, 5);
const second = setTimeout(() => console.log('second'), 5);
const third = setTimeout(() => console.log('third (never)'), 5);
const fourth = setTimeout(() => console.log('fourth'), 5);
setTimeout(() => {
  console.log('A then clears B via microtask');
  queueMicrotask(() => clearTimeout(b));
}, 15);
const b = setTimeout(() => console.log('B (never)'), 15);
setTimeout(() => console.log('C'), 15);
console.log('sync', typeof first, typeof second, typeof fourth);
