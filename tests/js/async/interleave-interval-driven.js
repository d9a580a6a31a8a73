// an async loop waiting on promises resolved by successive setInterval ticks
const log = (s) => console.log(s);
let waiters = [];
let count = 0;
const iv = setInterval(() => { count++; log("interval " + count); const ws = waiters; waiters = []; ws.forEach((w) => w(count)); if (count === 3) clearInterval(iv); }, 15);
const nextTick = () => new Promise((r) => waiters.push(r));
async function consumer(tag) { for (let i = 0; i < 3; i++) { const c = await nextTick(); log(tag + " saw " + c); } }
consumer("A");
consumer("B");
log("sync");
