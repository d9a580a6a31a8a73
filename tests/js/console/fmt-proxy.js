// Proxy objects are shown as their target
const p = new Proxy({ a: 1 }, {});
console.log(p);
console.log(new Proxy([1, 2], {}));
console.log({ wrapped: new Proxy({ x: { y: 1 } }, {}) });
const trapped = new Proxy({ real: 1 }, { get() { return 'trapped'; }, ownKeys() { return ['fake']; } });
console.log(trapped);
console.log(new Proxy(function target() {}, {}));
console.log(new Proxy(new Map([[1, 2]]), {}));
