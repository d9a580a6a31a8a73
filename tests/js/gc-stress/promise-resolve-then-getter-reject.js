// GC rooting regression (run under --gc-stress by cli.rs): promise resolve then getter reject
const f = () => {};
const bad = { get then() { f(); throw 0; } };
Promise.resolve(bad).catch((e) => console.log('rejected with ' + e));
