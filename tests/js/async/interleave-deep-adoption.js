// an async function recursively returning its own call 300 levels deep, vs awaiting each level
const log = (s) => console.log(s);
async function viaReturn(n) { if (n === 0) return "bottom"; return viaReturn(n - 1); }
async function viaAwait(n) { if (n === 0) return "bottom"; return await viaAwait(n - 1); }
let ticks = 0, stop = false;
(function tick() { Promise.resolve().then(() => { ticks++; if (!stop) tick(); }); })();
let got = 0;
const fin = (tag) => (v) => { log(tag + " " + v + " after " + ticks + " ticks"); if (++got === 2) stop = true; };
viaReturn(300).then(fin("return"));
viaAwait(300).then(fin("await"));
log("sync");
