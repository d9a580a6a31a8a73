// mapped arguments in a sloppy async function stay linked to parameters across awaits
const log = (s) => console.log(s);
async function f(a, b) {
  arguments[0] = "changed-before";
  await null;
  log("a=" + a + " len=" + arguments.length);
  b = "b-after";
  await null;
  log("arguments[1]=" + arguments[1]);
}
async function g(a, b = 2) { arguments[0] = "x"; await null; log("unmapped a=" + a); }
f("A", "B");
g("A");
Promise.resolve().then(() => log("m1")).then(() => log("m2"));
log("sync");
