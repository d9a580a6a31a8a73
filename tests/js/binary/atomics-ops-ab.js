// Atomics operations on non-shared typed arrays (Int32, Uint8, Int16, BigInt64)
const ia = new Int32Array(4);
console.log(Atomics.add(ia, 0, 2), Atomics.sub(ia, 0, 5), Atomics.load(ia, 0), Atomics.exchange(ia, 1, 4), ia[1]);
const u8 = new Uint8Array(2);
console.log(Atomics.add(u8, 0, 300), u8[0], Atomics.compareExchange(u8, 0, 300, 1), u8[0], Atomics.sub(u8, 1, 1), u8[1]);
const i16 = new Int16Array(1);
console.log(Atomics.or(i16, 0, 0x8000), i16[0], Atomics.and(i16, 0, 0xff00), Atomics.xor(i16, 0, -1), i16[0]);
const b = new BigInt64Array(2);
console.log(Atomics.store(b, 0, 2n ** 64n + 1n), b[0], Atomics.sub(b, 1, 1n), b[1], Atomics.compareExchange(b, 1, -1n, 5n), b[1]);
console.log(Atomics.notify(ia, 0), Atomics.notify(ia, 0, 5));
