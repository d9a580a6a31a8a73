// Atomics.wait on the main thread: not-equal at once, timed-out after its timeout
const ia = new Int32Array(new SharedArrayBuffer(16));
console.log(Atomics.wait(ia, 0, 1));
console.log(Atomics.wait(ia, 0, 0, 0));
const t0 = Date.now();
const r = Atomics.wait(ia, 1, 0, 50);
console.log(r, Date.now() - t0 >= 45);
console.log(Atomics.wait(ia, 2, 0, -10), Atomics.wait(ia, 2, 0, -Infinity));
