// several async functions sleeping with distinct delays interleave by timer order
const log = (s) => console.log(s);
const sleep = (ms, tag) => new Promise((r) => setTimeout(() => { log("timer " + tag); r(tag); }, ms));
async function a() { log("a start"); await sleep(60, "a1"); log("a after 60"); await sleep(15, "a2"); log("a done"); }
async function b() { log("b start"); await sleep(30, "b1"); log("b after 30"); await sleep(15, "b2"); log("b done"); }
async function c() { log("c start"); await sleep(15, "c1"); log("c after 15"); await Promise.resolve(); log("c micro"); }
a(); b(); c();
setTimeout(() => log("plain timeout 105"), 105);
log("sync");
