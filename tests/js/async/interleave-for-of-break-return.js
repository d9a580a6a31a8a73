// break, return and throw out of a for-of loop containing awaits call the iterator's return at the right time
const log = (s) => console.log(s);
function iter(tag) {
  let i = 0;
  return { [Symbol.iterator]() { return this; }, next() { log(tag + " next " + i); return { value: i++, done: i > 5 }; }, return() { log(tag + " return"); return {}; } };
}
async function brk() { for (const x of iter("brk")) { await null; if (x === 1) break; } log("brk after loop"); }
async function ret() { for (const x of iter("ret")) { await null; if (x === 0) return "r"; } }
async function thr() { try { for (const x of iter("thr")) { await Promise.reject(new Error("t" + x)); } } catch (e) { log("thr caught " + e.message); } }
brk(); ret().then((v) => log("ret -> " + v)); thr();
log("sync");
