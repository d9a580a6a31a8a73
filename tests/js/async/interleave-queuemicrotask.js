// queueMicrotask between awaits runs in FIFO order with async continuations
const log = (s) => console.log(s);
async function f() {
  queueMicrotask(() => log("qm before first await"));
  await null;
  log("f 1");
  queueMicrotask(() => log("qm after first await"));
  await null;
  log("f 2");
  queueMicrotask(() => log("qm after second await"));
}
queueMicrotask(() => log("qm outer 1"));
f();
queueMicrotask(() => { log("qm outer 2"); queueMicrotask(() => log("qm nested")); });
log("sync");
