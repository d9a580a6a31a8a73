// postMessage clones like structuredClone: class instances become plain objects, getters are read, non-enumerable and symbol keys are dropped
const { Worker } = require('worker_threads');

class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get len() { return Math.hypot(this.x, this.y); }
}
let getterCalls = 0;
const obj = {
  point: new Point(3, 4),
  get computed() { getterCalls++; return 'computed value'; },
  [Symbol('hidden')]: 'symbol keyed',
  arr: Object.assign([1, 2, 3], { label: 'array prop' }),
  sparse: [, 'b', , 'd'],
};
Object.defineProperty(obj, 'nonEnum', { value: 'invisible', enumerable: false });

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (v) => {
    parentPort.postMessage({
      keys: Object.keys(v),
      pointProto: Object.getPrototypeOf(v.point) === Object.prototype,
      point: v.point,
      pointLen: v.point.len,
      computedDescriptor: typeof Object.getOwnPropertyDescriptor(v, 'computed').value,
      computed: v.computed,
      symbols: Object.getOwnPropertySymbols(v).length,
      arrLabel: v.arr.label,
      sparseHoles: [0, 1, 2, 3].map((i) => i in v.sparse),
      sparseLength: v.sparse.length,
    });
    parentPort.close();
  });
`, { eval: true });
w.postMessage(obj);
console.log('getter called during postMessage:', getterCalls);
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
