// promise reactions and queueMicrotask all run before a setTimeout(0) callback
setTimeout(() => console.log('timeout 0'), 0);
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => {
  console.log('then 2');
  queueMicrotask(() => console.log('microtask from then 2'));
  return Promise.resolve();
}).then(() => console.log('then 3 (after adopted promise)'));
queueMicrotask(() => {
  console.log('microtask 2');
  Promise.resolve().then(() => console.log('then from microtask 2'));
});
console.log('sync end');
