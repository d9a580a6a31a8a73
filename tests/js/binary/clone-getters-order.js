// structuredClone invokes getters depth-first in key order, reads keys present when their turn comes, and propagates exceptions
const log = [];
const o = {
  get a() { log.push('a'); return { get c() { log.push('c'); return 1; }, d: 2 }; },
  get b() { log.push('b'); return [{ get e() { log.push('e'); return 'E'; } }]; },
};
console.log(structuredClone(o), log.join(' '));
const del = { get first() { delete this.second; this.added = 1; return 'f'; }, second: 2, third: 3 };
console.log(structuredClone(del));
const arr = [1, 2, 3];
Object.defineProperty(arr, 1, { get() { arr.length = 2; return 'got'; }, enumerable: true, configurable: true });
console.log(structuredClone(arr));
try {
  structuredClone({ ok: 1, get bad() { throw new RangeError('from getter'); } });
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
