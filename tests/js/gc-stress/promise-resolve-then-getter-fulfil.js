// GC rooting regression (run under --gc-stress by cli.rs): promise resolve then getter fulfil
const f = () => {};
const ok = { get then() { f(); return (r) => r(1); } };
Promise.resolve(ok).then((v) => console.log('fulfilled with ' + v));
