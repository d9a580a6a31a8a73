// async functions waiting on timers: sleeps resolve in deadline order, each continuation after its timer.
const sleep = (ms, v) => new Promise(r => setTimeout(r, ms, v));
async function worker(name, delays) {
  for (const d of delays) { const v = await sleep(d, name + d); console.log(v); }
  return name + " done";
}
Promise.all([worker("a", [30, 30]), worker("b", [10, 70]), worker("c", [50])]).then(r => console.log(r));
setTimeout(() => console.log("plain timer 40"), 40);
