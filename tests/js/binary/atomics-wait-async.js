// Atomics.waitAsync: immediate results, notify resolving with "ok", timeout resolving "timed-out"
const ia = new Int32Array(new SharedArrayBuffer(16));
console.log(JSON.stringify(Atomics.waitAsync(ia, 0, 1)), JSON.stringify(Atomics.waitAsync(ia, 0, 0, 0)));
const a = Atomics.waitAsync(ia, 1, 0);
const b = Atomics.waitAsync(ia, 1, 0);
console.log(a.async, a.value instanceof Promise);
a.value.then((v) => console.log('a', v));
b.value.then((v) => console.log('b', v));
console.log('notified', Atomics.notify(ia, 1, 1));
const c = Atomics.waitAsync(ia, 2, 0, 20);
c.value.then((v) => console.log('c', v));
setTimeout(() => console.log('notified later', Atomics.notify(ia, 1)), 60);
