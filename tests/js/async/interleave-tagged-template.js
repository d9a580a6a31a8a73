// await inside tagged template substitutions: all substitutions are awaited before the tag is called
const log = (s) => console.log(s);
function tag(strs, ...vals) { log("tag called with " + vals.join("|")); return strs.raw.join("_"); }
const w = (x) => { log("w " + x); return Promise.resolve(x); };
async function f() { const r = tag`a${await w(1)}b${2}c${await w(3)}d`; log("r " + r); }
f();
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3"));
log("sync");
