// Errors: thrown before the first await reject the promise (no sync throw), rejections surface at the await, finally runs.
async function early() { throw new TypeError("early"); }
async function late() { await null; null.x; }
async function caught() { try { await Promise.reject(new RangeError("r")); } catch (e) { return "caught " + e.name; } finally { console.log("finally ran"); } }
let threw = false;
try { early().catch(e => console.log("early rejected:", e.name)); } catch { threw = true; }
console.log("sync throw?", threw);
late().catch(e => console.log("late rejected:", e.name));
caught().then(console.log);
async function params(a = undefinedName) { return a; }
params().catch(e => console.log("param default rejected:", e.name));
