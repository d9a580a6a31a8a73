// GC rooting regression (run under --gc-stress by cli.rs): promise all iterator close error
const f = () => {};
const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { f(); return {}; } }; } };
Promise.resolve = function () { throw {m: 'resolve failed'}; };
Promise.all(it).catch((e) => console.log('rejected: ' + e.m));
