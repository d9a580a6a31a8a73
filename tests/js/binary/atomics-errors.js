// Atomics argument validation: bad arrays, indices, detached buffers, BigInt mixing (Node 24 output: Node 20 has no ArrayBuffer.prototype.transfer)
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.message); } };
t(() => Atomics.add(new Float64Array(1), 0, 1));
t(() => Atomics.add(new Uint8ClampedArray(1), 0, 1));
t(() => Atomics.load({}, 0));
t(() => Atomics.add(new Int32Array(1), 1, 1));
t(() => Atomics.add(new Int32Array(1), -1, 1));
t(() => Atomics.add(new Int32Array(1), 0, 1n));
t(() => Atomics.add(new BigInt64Array(1), 0, 1));
t(() => Atomics.wait(new Int32Array(4), 0, 0, 0));
t(() => Atomics.wait(new Int8Array(new SharedArrayBuffer(4)), 0, 0, 0));
t(() => Atomics.notify(new Float32Array(1), 0));
const ab = new ArrayBuffer(8), ta = new Int32Array(ab); ab.transfer();
t(() => Atomics.load(ta, 0));
t(() => Atomics.store(ta, 0, 1));
