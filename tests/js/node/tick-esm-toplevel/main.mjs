// an ES module's body runs inside a promise job: its promise jobs and queueMicrotask jobs run before its nextTicks (the reverse of CommonJS)
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('microtask 1'));
process.nextTick(() => {
  console.log('tick 2');
  Promise.resolve().then(() => console.log('promise from tick 2'));
  process.nextTick(() => console.log('tick from tick 2'));
});
Promise.resolve().then(() => {
  console.log('promise 2');
  process.nextTick(() => console.log('tick from promise 2'));
});
setImmediate(() => {
  console.log('immediate');
  process.nextTick(() => console.log('tick in immediate'));
  Promise.resolve().then(() => console.log('promise in immediate'));
});
console.log('body end', typeof require, typeof module, import.meta.url.endsWith('/main.mjs'));
