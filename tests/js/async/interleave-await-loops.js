// await in for, for-of, for-in and while loops: one suspension per iteration interleaved with another function
const log = (s) => console.log(s);
async function loops() {
  for (let i = 0; i < 2; i++) { await null; log("for " + i); }
  for (const x of ["p", "q"]) { log("of " + (await x)); }
  for (const k in { u: 1, v: 2 }) { await null; log("in " + k); }
  let n = 0;
  while ((await n) < 2) { log("while " + n); n++; }
  log("loops done");
}
async function other() { for (let j = 0; j < 6; j++) { await null; log("other " + j); } }
loops();
other();
log("sync");
