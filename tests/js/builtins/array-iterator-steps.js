// for-of and spread over array iterators take the built-in next's steps directly; what a
// script can observe stays the same: getters and proxies on the way, growth and shrinking
// during the loop, holes, keys/entries, typed arrays, and a replaced next.
const log = [];
const a = [1, , 3];
Object.defineProperty(a, 0, { get() { log.push("get 0"); return "g"; } });
for (const v of a) log.push(v);
console.log(log.join());
const grow = [1, 2];
for (const v of grow) { if (grow.length < 5) grow.push(v * 10); }
console.log(grow.join());
const shrink = [1, 2, 3, 4];
const seen = [];
for (const v of shrink) { seen.push(v); shrink.length = 2; }
console.log(seen.join());
const p = new Proxy([7, 8], { get(t, k, r) { if (typeof k === "string") log.push("proxy " + k); return Reflect.get(t, k, r); } });
log.length = 0;
for (const v of p) log.push(v);
console.log(log.join());
console.log([...["x", "y"].entries()].join("|"), [...["x", "y"].keys()].join());
console.log([...new Uint8Array([5, 6])].join(), Array.from(new Set([1, 2]).values()).join());
const it = [1, 2, 3][Symbol.iterator]();
it.next = function () { return { done: this.n === undefined ? (this.n = 0, false) : true, value: "own" }; };
console.log([...{ [Symbol.iterator]: () => it }].join());
const proto = Object.getPrototypeOf([][Symbol.iterator]());
const orig = proto.next;
proto.next = function () { const r = orig.call(this); if (!r.done) r.value = r.value * 100; return r; };
console.log([...[1, 2]].join());
for (const v of [3]) console.log(v);
proto.next = orig;
const ta = new Uint8Array(new ArrayBuffer(4, { maxByteLength: 8 }));
try { for (const v of ta) { ta.buffer.transfer(); } } catch (e) { console.log(e.constructor.name); }
function args() { const out = []; for (const v of arguments) out.push(v); return out.join(); }
console.log(args(4, 5, 6));
const arrayLike = { length: 2, 0: "a", 1: "b" };
console.log([...Array.prototype.values.call(arrayLike)].join());
