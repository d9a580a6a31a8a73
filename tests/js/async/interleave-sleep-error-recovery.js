// timers rejecting awaited promises: try/catch around a sleep, retries with distinct delays
const log = (s) => console.log(s);
const failAfter = (ms, msg) => new Promise((_, rej) => setTimeout(() => { log("reject timer " + msg); rej(new Error(msg)); }, ms));
const okAfter = (ms, v) => new Promise((res) => setTimeout(() => { log("resolve timer " + v); res(v); }, ms));
async function retry() {
  const delays = [15, 30];
  for (let i = 0; i < delays.length; i++) {
    try { await failAfter(delays[i], "try" + i); } catch (e) { log("retry caught " + e.message); }
  }
  return await okAfter(20, "final");
}
retry().then((v) => log("retry -> " + v));
okAfter(40, "side").then((v) => log("side -> " + v));
log("sync");
