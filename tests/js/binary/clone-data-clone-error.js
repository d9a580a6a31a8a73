// DataCloneError: a DOMException named DataCloneError with code 25 for functions, symbols, WeakMap, Promise, Proxy and other non-cloneable values
const cases = [
  function () {},
  () => 1,
  class A {},
  async function named() {},
  Math.max,
  Symbol('s'),
  Symbol(),
  { a: Symbol.iterator },
  [1, { f() {} }],
  new WeakMap(),
  new WeakSet(),
  new WeakRef({}),
  Promise.resolve(1),
  new Proxy({}, {}),
  new Proxy([], {}),
  Object(Symbol('q')),
  (function () { return arguments; })(1, 2),
  globalThis,
];
for (const v of cases) {
  try {
    structuredClone(v);
    console.log('cloned?');
  } catch (e) {
    console.log(e instanceof DOMException, e instanceof Error, e.name, e.code, e.code === DOMException.DATA_CLONE_ERR, JSON.stringify(e.message));
  }
}
