// labelled continue/break and do-while conditions with awaits, interleaved with a ticker
const log = (s) => console.log(s);
async function f() {
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      if (j === 1) continue outer;
      if (i === 2) break outer;
      await null;
      log("i" + i + " j" + j);
    }
  }
  let k = 0;
  do { log("do " + k); k++; } while ((await k) < 2);
  log("f end");
}
f();
let t = 0;
(function tick() { if (t++ < 6) Promise.resolve().then(() => { log("tick " + t); tick(); }); })();
