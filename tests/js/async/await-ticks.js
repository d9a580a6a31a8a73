// await costs: a plain value and a native promise take one tick, a thenable two more.
const log = [];
async function plain() { await 1; log.push("plain"); }
async function native() { await Promise.resolve(); log.push("native"); }
async function thenable() { await { then(r) { r(); } }; log.push("thenable"); }
plain(); native(); thenable();
Promise.resolve().then(() => log.push("t1")).then(() => log.push("t2")).then(() => log.push("t3")).then(() => log.push("t4"))
  .then(() => console.log(log.join(" ")));
