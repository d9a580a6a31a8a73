// structuredClone of plain objects: own enumerable string keys in order, symbols and non-enumerable keys dropped, prototype not preserved
const sym = Symbol('s');
const o = { b: 1, a: 'two', 2: 'index', 1: 'first', [sym]: 'symbol', nested: { deep: [1, { x: null }] } };
Object.defineProperty(o, 'hidden', { value: 'no', enumerable: false });
const c = structuredClone(o);
console.log(c, Object.keys(c), c[sym], 'hidden' in c);
class Point {
  #secret = 1;
  constructor(x, y) { this.x = x; this.y = y; }
  get sum() { return this.x + this.y; }
  norm() { return 0; }
}
const p = structuredClone(new Point(1, 2));
console.log(p, p instanceof Point, Object.getPrototypeOf(p) === Object.prototype, p.sum, typeof p.norm);
const np = Object.create(null);
np.k = 'v';
const npc = structuredClone(np);
console.log(npc, Object.getPrototypeOf(npc) === Object.prototype);
const inherited = Object.create({ fromProto: 1 });
inherited.own = 2;
console.log(structuredClone(inherited));
console.log(structuredClone({}), structuredClone({ u: undefined }), 'u' in structuredClone({ u: undefined }));
