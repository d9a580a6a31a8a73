// throwing before the first await still rejects the promise (no sync throw); catch handlers run by tick order
const log = (s) => console.log(s);
async function early() { log("early body"); throw new Error("early"); }
async function late() { log("late body"); await null; throw new Error("late"); }
let p1, p2;
try { p1 = early(); log("no sync throw"); } catch (e) { log("sync throw?"); }
p2 = late();
p1.catch((e) => log("caught " + e.message));
p2.catch((e) => log("caught " + e.message));
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3"));
log("sync");
