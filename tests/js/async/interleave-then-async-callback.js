// an async function used as a .then callback: the chain waits for its promise (two extra ticks)
const log = (s) => console.log(s);
Promise.resolve(1)
  .then(async (v) => { log("async cb " + v); return v + 1; })
  .then((v) => log("after async cb " + v));
Promise.resolve(1)
  .then((v) => { log("sync cb " + v); return v + 1; })
  .then((v) => log("after sync cb " + v));
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3")).then(() => log("m4"));
log("sync");
