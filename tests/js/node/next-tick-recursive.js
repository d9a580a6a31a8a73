// nextTick queued from nextTick runs before any promise job, even many levels deep
let depth = 0;
Promise.resolve().then(() => console.log('promise after', depth, 'ticks'));
(function tick() {
  if (++depth < 1000) process.nextTick(tick);
})();
queueMicrotask(() => console.log('microtask sees depth', depth));
