// Every Atomics read-modify-write operation on an Int32Array over a SharedArrayBuffer
const ia = new Int32Array(new SharedArrayBuffer(16));
console.log(Atomics.store(ia, 0, 5), Atomics.add(ia, 0, 3), Atomics.load(ia, 0));
console.log(Atomics.sub(ia, 0, 10), Atomics.load(ia, 0));
console.log(Atomics.and(ia, 0, 6), Atomics.or(ia, 0, 9), Atomics.xor(ia, 0, 3), Atomics.load(ia, 0));
console.log(Atomics.exchange(ia, 1, 0x7fffffff), Atomics.add(ia, 1, 1), Atomics.load(ia, 1));
console.log(Atomics.compareExchange(ia, 2, 0, 7), Atomics.compareExchange(ia, 2, 0, 9), Atomics.load(ia, 2));
console.log(Atomics.store(ia, 3, -0), Atomics.store(ia, 3, 3.9), Atomics.store(ia, 3, Infinity), ia[3]);
console.log(Array.from(ia).join(','));
