// functions built with the AsyncFunction constructor await and interleave like declared ones
const log = (s) => console.log(s);
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const dyn = new AsyncFunction("x", "log", "log('dyn start ' + x); const v = await x; log('dyn resumed ' + v); return v * 2;");
log("name " + dyn.name + " " + (dyn instanceof AsyncFunction) + " " + (dyn instanceof Function));
dyn(5, log).then((v) => log("dyn -> " + v));
(async () => { log("decl start"); await null; log("decl resumed"); })();
Promise.resolve().then(() => log("m1")).then(() => log("m2"));
log("sync");
