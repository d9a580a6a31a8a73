// an async function called inside a Promise executor and inside a timer, resolving the outer promise later
const log = (s) => console.log(s);
const outer = new Promise((resolve) => {
  log("executor start");
  (async () => { await null; log("inner async resumed"); resolve("from inner"); })();
  log("executor end");
});
outer.then((v) => log("outer " + v));
setTimeout(async () => { log("timer async start"); await null; log("timer async resumed"); }, 0);
setTimeout(() => log("second timer"), 0);
log("sync");
