// await inside template literals, binary operands and conditionals
const log = (s) => console.log(s);
const w = (x) => { log("make " + x); return Promise.resolve(x); };
async function f() {
  const t = `${await w("A")}-${"B"}-${await w("C")}`;
  log("template " + t);
  const b = (await w(2)) * 10 + (await w(3));
  log("binary " + b);
  const c = (await w(0)) ? await w("yes") : await w("no");
  log("cond " + c);
  const d = (await w(null)) ?? (await w("dflt"));
  log("nullish " + d);
  const e = (await w(true)) || (await w("skipped"));
  log("or " + e);
}
f().then(() => log("f done"));
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3"));
log("sync");
