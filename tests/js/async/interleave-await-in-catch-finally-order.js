// try/catch/finally each with awaits, interleaved with another function's steps
const log = (s) => console.log(s);
async function f() {
  try { log("try"); await null; throw new Error("e"); }
  catch (e) { log("catch 1"); await null; log("catch 2"); }
  finally { log("finally 1"); await null; log("finally 2"); }
  log("f end");
}
async function g() { for (let i = 1; i <= 6; i++) { await null; log("g " + i); } }
f();
g();
log("sync");
