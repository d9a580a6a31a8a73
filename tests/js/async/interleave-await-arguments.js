// await in call arguments evaluates left to right, earlier args are kept across the suspension
const log = (s) => console.log(s);
const v = (name, x) => { log("eval " + name); return x; };
function sum(...xs) { log("call sum(" + xs.join(",") + ")"); return xs.reduce((a, b) => a + b, 0); }
async function f() {
  const r = sum(v("a", 1), await v("b", 2), v("c", 3), await Promise.resolve(v("d", 4)));
  log("r " + r);
}
f();
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3"));
log("sync");
