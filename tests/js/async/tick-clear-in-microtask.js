// a microtask run after one timer can cancel a timer due in the same pass
const a = setTimeout(() => {
  console.log('A');
  Promise.resolve().then(() => {
    clearTimeout(b);
    console.log('A then cleared B');
  });
}, 4);
const b = setTimeout(() => console.log('B (never)'), 4);
const c = setTimeout(() => console.log('C'), 4);
queueMicrotask(() => console.log('sync microtask, typeof a', typeof a, typeof c));
