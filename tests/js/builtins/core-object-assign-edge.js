// Object.assign: getter side effects order, symbols after strings, throwing setters stop the copy, string sources
const log = [];
const s = Symbol('s');
const src = {
  get b() { log.push('get b'); return 'B'; },
  [s]: 'S',
  get a() { log.push('get a'); return 'A'; },
  1: 'one',
};
const tgt = {};
Object.assign(tgt, src);
console.log(log, Reflect.ownKeys(tgt).map(String));
const partial = { set y(v) { throw new RangeError('stop'); } };
try { Object.assign(partial, { x: 1, y: 2, z: 3 }); } catch (e) { console.log(e.name, partial.x, 'z' in partial); }
console.log(Object.assign([1, 2, 3], [9]), Object.assign({}, 'abc', 'de'));
const getterDeleting = { get a() { delete this.b; return 1; }, b: 2 };
console.log(Object.assign({}, getterDeleting));
const arrTarget = Object.assign([], { length: 2, 0: 'x' });
console.log(arrTarget, arrTarget.length);
const proxyLog = [];
const p = new Proxy({ a: 1, b: 2 }, {
  ownKeys(t) { proxyLog.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { proxyLog.push('gopd ' + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
  get(t, k) { proxyLog.push('get ' + String(k)); return t[k]; },
});
Object.assign({}, p);
console.log(proxyLog.join(', '));
console.log(Object.assign.length, Object.assign({ a: 1 }) .a);
