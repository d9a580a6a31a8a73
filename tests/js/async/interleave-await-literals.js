// await inside array and object literals, spreads and computed keys
const log = (s) => console.log(s);
const w = (x) => { log("make " + JSON.stringify(x)); return Promise.resolve(x); };
async function f() {
  const arr = [await w(1), 2, ...(await w([3, 4])), await w(5)];
  log("arr " + JSON.stringify(arr));
  const obj = { a: await w("x"), [await w("k")]: 1, ...(await w({ s: true })) };
  log("obj " + JSON.stringify(obj));
}
f().then(() => log("f done"));
let i = 0;
(function tick() { if (i++ < 4) Promise.resolve().then(() => { log("tick " + i); tick(); }); })();
log("sync");
