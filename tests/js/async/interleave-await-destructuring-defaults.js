// await in destructuring defaults only runs (and only suspends) when the default is used
const log = (s) => console.log(s);
const w = (x) => { log("default " + x); return Promise.resolve(x); };
async function f(src) {
  const { a = await w("a"), b = await w("b") } = src;
  const [c = await w("c")] = [src.c];
  log("got " + a + " " + b + " " + c);
}
async function g({ p = 1 } = {}, q = p + 1) { await null; log("params " + p + " " + q); }
f({ a: "A" });
f({ a: "A2", b: "B2", c: "C2" });
g();
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3"));
log("sync");
