// awaiting thenables that resolve synchronously, asynchronously, twice, or throw after resolving
const log = (s) => console.log(s);
const syncT = { then(r) { log("syncT then"); r("s"); } };
const asyncT = { then(r) { log("asyncT then"); Promise.resolve().then(() => r("a")); } };
const twiceT = { then(r, j) { r("first"); r("second"); j(new Error("ignored")); } };
const throwT = { then(r) { r("kept"); throw new Error("ignored"); } };
(async () => log("1 " + (await syncT)))();
(async () => log("2 " + (await asyncT)))();
(async () => log("3 " + (await twiceT)))();
(async () => log("4 " + (await throwT)))();
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3")).then(() => log("m4"));
log("sync");
