// await reads the then property once, at the time of the await, and calls it in a later job
const log = (s) => console.log(s);
let reads = 0;
const obj = { get then() { reads++; log("then getter " + reads); return (r) => { log("then called"); r("val"); }; } };
async function f() { log("f before"); const v = await obj; log("f got " + v + " reads=" + reads); }
f();
log("after call reads=" + reads);
Promise.resolve().then(() => log("m1")).then(() => log("m2"));
log("sync");
