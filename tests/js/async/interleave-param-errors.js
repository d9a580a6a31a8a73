// errors while binding parameters of an async function reject its promise instead of throwing synchronously
const log = (s) => console.log(s);
const boom = () => { throw new Error("default threw"); };
async function withDefault(a = boom()) { log("body not run"); }
async function withPattern({ x }) { log("body not run"); }
let p1, p2;
try { p1 = withDefault(); log("no sync throw 1"); } catch (e) { log("sync " + e.message); }
try { p2 = withPattern(); log("no sync throw 2"); } catch (e) { log("sync " + e.name); }
p1.catch((e) => log("rejected " + e.message));
p2.catch((e) => log("rejected " + e.name));
Promise.resolve().then(() => log("m1"));
log("sync");
