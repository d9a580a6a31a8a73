// Atomics.isLockFree, toStringTag, property shape and notify without waiters (Node 24 output: Node 20 has no Atomics.pause)
console.log([1, 2, 3, 4, 8, 16].map((n) => Atomics.isLockFree(n)).join(','));
console.log(Object.prototype.toString.call(Atomics), typeof Atomics);
console.log(Object.getOwnPropertyNames(Atomics).sort().join(','));
console.log(Atomics.add.length, Atomics.compareExchange.length, Atomics.wait.length, Atomics.notify.length);
const ia = new Int32Array(new SharedArrayBuffer(8));
console.log(Atomics.notify(ia, 0), Atomics.notify(ia, 1, 0), Atomics.notify(ia, 1, -5));
const bi = new BigInt64Array(new SharedArrayBuffer(16));
console.log(Atomics.notify(bi, 1), Atomics.wait(bi, 0, 1n), Atomics.add(bi, 0, 7n), Atomics.load(bi, 0));
