// an async function driving a sync generator: yields and awaits alternate with another chain
const log = (s) => console.log(s);
function* gen() { log("gen 1"); const a = yield "first"; log("gen got " + a); const b = yield "second"; log("gen got " + b); return "end"; }
async function drive() {
  const it = gen();
  let r = it.next();
  while (!r.done) { const v = await r.value; log("driver awaited " + v); r = it.next(v.toUpperCase()); }
  log("driver result " + r.value);
}
drive();
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3"));
log("sync");
