// direct eval in an async function sees and updates locals across awaits; eval-declared var survives suspension
const log = (s) => console.log(s);
async function f() {
  let x = 1;
  eval("var y = x + 1");
  await null;
  log("after await y=" + y);
  eval("x = 10");
  await null;
  log("x=" + x + " typeof y=" + typeof y);
}
f();
Promise.resolve().then(() => log("m1")).then(() => log("m2"));
log("sync");
